package io.orderhub.simulator.yahoo.internal;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * What the fake store enforces.
 *
 * @param signatureKey      private half of the store's key pair; null = signatures are not checked
 * @param statusChangeDelay how long after a ship status change an order may move to 完了
 * @param rotateRefreshTokens each refresh answers a new refresh token and invalidates the one it was given
 */
public record Settings(String sellerId, String clientId, String clientSecret, String refreshToken,
                       Duration accessTokenLifetime, PrivateKey signatureKey, int signatureVersion,
                       Duration signatureMaxAge, int requestsPerSecond, long dailyQuota, Duration statusChangeDelay,
                       ZoneId zone, Clock clock, boolean rotateRefreshTokens) {
}
