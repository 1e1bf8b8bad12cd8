package io.orderhub.core.service;

/**
 * One row of the delivery time-slot conversion table (C2, Y6): our time slot → the mall's.
 *
 * @param customized whether the account set this row (false: the mall's default); ignored in updates
 */
public record TimeSlotConversion(String timeSlot, String mallTimeSlot, boolean customized) {
}
