package org.ccpe.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccpe.audit.Channel;
import org.ccpe.common.VersionedEntity;
import org.junit.jupiter.api.Test;

/**
 * Every change of a job's state is announced as a {@link JobStateChanged}, with the state named
 * as the API names it. {@link JobBook#record} runs here on an in-memory stand-in for its entity
 * manager (its jobs by ID) and a recording CDI event.
 */
class JobStateChangedTest {

  @Test
  void namesTheJobItsSiteCustomerRouterAndStateAsTheApiDoes() throws Exception {
    ProvisioningJob job = job(41, 7, 3, 2);
    Instant at = Instant.parse("2026-11-28T12:00:00Z");
    job.failed("the router refused", "[edit interfaces]", at);

    assertEquals(new JobStateChanged(41, 7, 3, 2, "failed", "the router refused", at), JobStateChanged.of(job, at));
  }

  @Test
  void recordingABatchAnnouncesEveryJobItSettles() throws Exception {
    ProvisioningJob older = job(11, 1, 3, 2);
    ProvisioningJob newer = job(12, 1, 3, 2);
    ProvisioningJob refused = job(13, 5, 3, 2);
    ProvisioningJob unreachable = job(14, 6, 3, 2);
    List.of(older, newer, refused, unreachable).forEach(j -> j.started("b1", Instant.now()));
    BatchItem site1 = new BatchItem(1, ExampleSites.plainL3vpn(), true, null, 12, List.of(11L, 12L));
    BatchItem site5 = new BatchItem(5, ExampleSites.dhcpRelay(), true, null, 13, List.of(13L));
    BatchItem site6 = new BatchItem(6, ExampleSites.dhcpServer(), true, null, 14, List.of(14L));
    List<JobStateChanged> fired = new ArrayList<>();
    JobBook book = new JobBook();
    inject(book, "em", entityManager(Map.of(11L, older, 12L, newer, 13L, refused, 14L, unreachable)));
    inject(book, "stateChanged", recording(fired));

    book.record(new CommitBatch("b1", null, List.of(site1, site5, site6)), List.of(
        ItemOutcome.committed(site1, "[edit routing-instances]", "committed (batch b1, 3 site(s))"),
        ItemOutcome.failed(site5, "commit check failed: bad vlan", "[edit interfaces]"),
        ItemOutcome.retry(site6, "cannot talk to the router: connection refused")), null);

    assertEquals(List.of("11 committed", "12 committed", "13 failed", "14 queued"),
        fired.stream().map(e -> e.jobId() + " " + e.state()).toList());
    assertEquals("committed together with job 12", fired.get(0).message());
    assertEquals("commit check failed: bad vlan", fired.get(2).message());
    fired.forEach(e -> assertEquals(3, e.customerId()));
    fired.forEach(e -> assertEquals(2, e.routerId()));
    assertEquals(List.of(1L, 1L, 5L, 6L), fired.stream().map(JobStateChanged::siteId).toList());
    assertNull(fired.stream().filter(e -> e.at() == null).findAny().orElse(null));
  }

  private static ProvisioningJob job(long id, long siteId, long customerId, long routerId) throws Exception {
    ProvisioningJob job = new ProvisioningJob(routerId, siteId, customerId, "site " + siteId, "ri-" + siteId,
        JobKind.APPLY, 1L, "ops", Channel.API);
    Field field = VersionedEntity.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(job, id);
    return job;
  }

  private static void inject(Object bean, String field, Object value) throws Exception {
    Field f = bean.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(bean, value);
  }

  /** Answers {@code select j from ProvisioningJob j where j.id in :ids} from the map; nothing else. */
  private static EntityManager entityManager(Map<Long, ProvisioningJob> jobs) {
    return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
        new Class<?>[] {EntityManager.class}, (em, method, args) -> {
          if (!method.getName().equals("createQuery") || !((String) args[0]).contains("from ProvisioningJob j")) {
            throw new UnsupportedOperationException(method.getName() + " " + (args == null ? "" : args[0]));
          }
          List<Long> ids = new ArrayList<>();
          return Proxy.newProxyInstance(TypedQuery.class.getClassLoader(), new Class<?>[] {TypedQuery.class},
              (query, call, values) -> switch (call.getName()) {
                case "setParameter" -> {
                  ((List<?>) values[1]).forEach(v -> ids.add((Long) v));
                  yield query;
                }
                case "getResultList" -> ids.stream().map(jobs::get).toList();
                default -> throw new UnsupportedOperationException(call.getName());
              });
        });
  }

  @SuppressWarnings("unchecked")
  private static Event<JobStateChanged> recording(List<JobStateChanged> fired) {
    return (Event<JobStateChanged>) Proxy.newProxyInstance(Event.class.getClassLoader(), new Class<?>[] {Event.class},
        (event, method, args) -> {
          if (!method.getName().equals("fire")) {
            throw new UnsupportedOperationException(method.getName());
          }
          fired.add((JobStateChanged) args[0]);
          return null;
        });
  }
}
