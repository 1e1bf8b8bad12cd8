package io.orderhub.core.internal.connector;

import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.Mall;
import io.orderhub.core.service.MallRegistry;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.spi.MallDescriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.List;

/** The installed malls with their accounts, as REST and the console list them. */
@Component(service = MallRegistry.class)
public class MallRegistryService implements MallRegistry {

    private final ConnectorTracker connectors;
    private final AccountService accounts;

    @Activate
    public MallRegistryService(@Reference ConnectorTracker connectors, @Reference AccountService accounts) {
        this.connectors = connectors;
        this.accounts = accounts;
    }

    @Override
    public List<Mall> malls() {
        List<Account> all = accounts.list();
        return connectors.descriptors().stream().map(d -> toMall(d, all)).toList();
    }

    @Override
    public Mall mall(String mallId) {
        MallDescriptor d = connectors.descriptor(mallId).orElseThrow(() -> new NotFoundException("mall", mallId));
        return toMall(d, accounts.list());
    }

    private static Mall toMall(MallDescriptor d, List<Account> all) {
        return new Mall(d.id(), d.nameJa(), d.nameEn(), d.capabilities(), d.settings(),
                all.stream().filter(a -> a.mallId().equals(d.id())).toList());
    }
}
