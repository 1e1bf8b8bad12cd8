package io.orderhub.core.internal.account;

import java.util.Map;

/** The core's own read access to an account's stored settings, secrets included. Never handed to callers. */
public interface AccountDirectory {

    /** @throws io.orderhub.core.service.NotFoundException when there is no such account */
    Map<String, Object> rawSettings(String accountId);
}
