package org.rehabtrack.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Applies {@link Text}'s rule to the texts that do not come in JSON: every query parameter, and
 * every field of a form ({@code application/x-www-form-urlencoded}) or text part of a multipart
 * body (a photo's caption, the pages' forms, signing in), for every resource, before it runs. A
 * text holding a refused character is a 400 problem naming the field; nothing is read further. JSON
 * bodies are checked as they are read ({@link StrictJson}).
 *
 * <p>The filter asks for the form to be read before it runs ({@code readBody}); the form is read
 * only for a form or multipart body, as it would be for the resource's own form parameters.
 */
public class TextParameters {

    @ServerRequestFilter(readBody = true)
    public void check(ContainerRequestContext request, ServerRequestContext server) {
        for (Map.Entry<String, List<String>> parameter :
                request.getUriInfo().getQueryParameters().entrySet()) {
            check(parameter.getKey(), parameter.getValue());
        }
        if (server instanceof ResteasyReactiveRequestContext context) {
            FormData form = context.getFormData();
            if (form == null) {
                return;
            }
            for (String name : form) {
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem()) {
                        check(name, value.getValue());
                    }
                }
            }
        }
    }

    private static void check(String name, List<String> values) {
        for (String value : values) {
            check(name, value);
        }
    }

    private static void check(String name, String value) {
        if (!Text.acceptable(name) || !Text.acceptable(value)) {
            throw Refusal.invalidField(Text.clean(name), Text.MESSAGE);
        }
    }
}
