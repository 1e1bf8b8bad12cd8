package io.orderhub.core.service;

import java.util.List;

/** The malls whose connector is installed right now. */
public interface MallRegistry {

    List<Mall> malls();

    /** @throws NotFoundException when the mall's connector is not installed */
    Mall mall(String mallId);
}
