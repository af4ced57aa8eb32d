package org.ccpe.inventory;

/**
 * What a caller asks a router to be. Text fields arrive as typed by a person or sent by an OSS and
 * are validated by {@link RouterService}. Secrets: null keeps the stored value on update, an empty
 * string clears it.
 *
 * @param servicesPic the services PIC, either in full ({@code ms-1/0/0}) or as FPC/PIC/port
 *     ({@code 1/0/0}) combined with {@code servicesInterfacePrefix}
 */
public record RouterSpec(
    String name,
    String managementHost,
    Integer netconfPort,
    String netconfUser,
    String netconfPassword,
    String netconfPrivateKey,
    String snmpVersion,
    Integer snmpPort,
    String snmpCommunity,
    String snmpV3User,
    String snmpAuthProtocol,
    String snmpAuthKey,
    String snmpPrivProtocol,
    String snmpPrivKey,
    String servicesInterfacePrefix,
    String servicesPic,
    String model,
    String description) {}
