package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.List;

/** What a UCloud host was created with beyond the instance: billing, machine type, login mode, disks. */
public record UhostDetail(String chargeType, String machineType, String loginMode, OffsetDateTime expireAt,
                          List<UhostDisk> disks) {}
