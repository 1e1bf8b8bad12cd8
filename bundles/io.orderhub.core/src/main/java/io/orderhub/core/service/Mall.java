package io.orderhub.core.service;

import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.MallCapability;

import java.util.List;
import java.util.Set;

/** An installed mall connector and the shop accounts configured for it. */
public record Mall(String id, String nameJa, String nameEn, Set<MallCapability> capabilities,
                   List<AccountSetting> settings, List<Account> accounts) {
}
