package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a UCloud host was created with beyond the instance: billing, machine type, login mode, disks, the key pair it
 * logs in with (LoginMode KeyPair; null otherwise), which may have been deleted since, and its default network
 * interface (Features.UNI; null: made without the feature, it takes no network interfaces).
 */
public record UhostDetail(String chargeType, String machineType, String loginMode, OffsetDateTime expireAt,
                          List<UhostDisk> disks, String keyPairId, String interfaceId) {}
