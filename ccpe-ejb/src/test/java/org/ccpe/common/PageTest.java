package org.ccpe.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

  @ParameterizedTest(name = "offset {0}, {1} items of {2}: next={3} previous={4}")
  @CsvSource({
    "0, 2, 2, false, false",
    "0, 2, 5, true, false",
    "2, 2, 5, true, true",
    "4, 1, 5, false, true",
    "0, 0, 0, false, false",
    "10, 0, 5, false, true"
  })
  void knowsWhetherThereIsANextAndPreviousPage(int offset, int size, long count, boolean next, boolean previous) {
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      items.add(offset + i);
    }
    Page<Integer> page = new Page<>(items, count, new PageRequest(2, offset));
    assertEquals(next, page.hasNext());
    assertEquals(previous, page.hasPrevious());
  }

  @Test
  void keepsItsOwnCopyOfTheItems() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = new Page<>(items, 2, PageRequest.of(null, null));
    items.add("c");
    assertEquals(List.of("a", "b"), page.items());
    assertThrows(UnsupportedOperationException.class, () -> page.items().add("d"));
  }

  @Test
  void mapKeepsCountAndRequest() {
    PageRequest request = PageRequest.of(2, 2);
    Page<Integer> mapped = new Page<>(List.of("abc", "de"), 7, request).map(String::length);
    assertEquals(List.of(3, 2), mapped.items());
    assertEquals(7, mapped.count());
    assertEquals(request, mapped.request());
  }
}
