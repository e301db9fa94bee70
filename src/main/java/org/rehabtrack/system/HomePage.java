package org.rehabtrack.system;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.problem.Messages;

/**
 * The front page: what RehabTrack is, where the API is, and, to a signed-in user, the centers and
 * their phases.
 */
@Path("/")
@PermitAll
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<CenterView> centers, Labels labels, boolean illustrative,
                boolean signedIn, String user, String csrf);
    }

    private final CenterService centers;
    private final SecurityIdentity identity;
    private final Visibility visibility;
    private final Csrf csrf;

    HomePage(CenterService centers, SecurityIdentity identity, Visibility visibility, Csrf csrf) {
        this.csrf = csrf;
        this.centers = centers;
        this.identity = identity;
        this.visibility = visibility;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance home(@QueryParam("lang") String lang, HttpHeaders headers,
            @CookieParam(SessionAuthenticationMechanism.COOKIE) String session) {
        Locale locale = lang != null ? Messages.supported(Locale.forLanguageTag(lang))
                : Messages.negotiate(headers.getAcceptableLanguages());
        PageRequest firstPage = new PageRequest();
        firstPage.size = PageRequest.MAX_SIZE;
        boolean signedIn = !identity.isAnonymous();
        List<CenterView> list = signedIn ? centers.list(null, visibility.centerIds(), firstPage).items() : List.of();
        return Templates.home(list, new Labels(locale), list.stream().anyMatch(CenterView::illustrative), signedIn,
                signedIn ? identity.getPrincipal().getName() : null,
                signedIn && session != null ? csrf.tokenOf(session) : "");
    }
}
