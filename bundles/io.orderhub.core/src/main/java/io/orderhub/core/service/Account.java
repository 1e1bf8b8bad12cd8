package io.orderhub.core.service;

import io.orderhub.core.spi.ConnectionStatus;

import java.util.Map;
import java.util.Set;

/**
 * A shop account as callers see it. Secret settings are never included: {@code secretsSet} only names the
 * secrets that have a value.
 *
 * @param connectorInstalled false when the account's mall connector is not installed (the account keeps
 *                           its configuration and comes back when the connector does)
 */
public record Account(String id, String mallId, String name, Map<String, Object> settings,
                      Set<String> secretsSet, boolean connectorInstalled, ConnectionStatus status) {
}
