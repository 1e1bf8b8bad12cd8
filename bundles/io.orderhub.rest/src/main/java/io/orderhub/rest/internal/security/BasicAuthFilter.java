package io.orderhub.rest.internal.security;

import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.ErrorResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP Basic authentication for every request (before matching, so unknown paths are no exception), and the
 * role check: {@code orderhub-admin} for writes, {@code orderhub-viewer} or admin for reads. Only the OpenAPI
 * document is public.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(Whiteboard.AUTH_EXTENSION)
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
// pre-matching filters run before all others, so nothing in the API runs unauthenticated
@PreMatching
public class BasicAuthFilter implements ContainerRequestFilter {

    public static final String REALM = "orderhub";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String PUBLIC_PATH = "openapi.json";

    private final Authenticator authenticator;

    @Activate
    public BasicAuthFilter(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean read = READ_METHODS.contains(request.getMethod());
        if (read && PUBLIC_PATH.equals(trimSlashes(request.getUriInfo().getPath()))) {
            return;
        }
        Optional<AuthenticatedUser> user = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (user.isEmpty()) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of("unauthorized", null,
                            "authenticate with HTTP Basic as a user of the Karaf realm"))
                    .build());
            return;
        }
        AuthenticatedUser u = user.get();
        if (read ? !u.mayRead() : !u.mayWrite()) {
            String needed = read ? AuthenticatedUser.VIEWER_ROLE + " or " + AuthenticatedUser.ADMIN_ROLE
                    : AuthenticatedUser.ADMIN_ROLE;
            request.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of("forbidden", null, "this needs the role " + needed))
                    .build());
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new UserSecurityContext(u, secure));
    }

    private Optional<AuthenticatedUser> authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        char[] credentials;
        try {
            byte[] decoded = Base64.getDecoder().decode(header.substring(6).trim());
            credentials = decodeUtf8(decoded);
            Arrays.fill(decoded, (byte) 0);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
        try {
            int colon = indexOf(credentials, ':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String name = new String(credentials, 0, colon);
            char[] password = Arrays.copyOfRange(credentials, colon + 1, credentials.length);
            try {
                return authenticator.authenticate(name, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        } finally {
            Arrays.fill(credentials, '\0');
        }
    }

    private static char[] decodeUtf8(byte[] bytes) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
        char[] result = new char[chars.remaining()];
        chars.get(result);
        return result;
    }

    private static int indexOf(char[] chars, char c) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static String trimSlashes(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private record UserSecurityContext(AuthenticatedUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.roles().contains(role)
                    || (AuthenticatedUser.VIEWER_ROLE.equals(role) && user.mayWrite());
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
