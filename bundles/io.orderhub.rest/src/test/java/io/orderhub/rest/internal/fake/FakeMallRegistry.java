package io.orderhub.rest.internal.fake;

import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.Mall;
import io.orderhub.core.service.MallRegistry;
import io.orderhub.core.service.NotFoundException;

import java.util.List;

public final class FakeMallRegistry implements MallRegistry {

    private final AccountService accounts;

    public FakeMallRegistry(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Mall> malls() {
        return List.of(new Mall(FakeBackend.MALL, "Shopify", "Shopify", FakeBackend.CAPABILITIES,
                FakeBackend.SETTINGS, accounts.list()));
    }

    @Override
    public Mall mall(String mallId) {
        return malls().stream().filter(m -> m.id().equals(mallId)).findFirst()
                .orElseThrow(() -> new NotFoundException("mall", mallId));
    }
}
