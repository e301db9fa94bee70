package org.rehabtrack.security;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.rehabtrack.system.Refusal;

/**
 * Answers 404, exactly as for an unknown one, when a user who sees only some centers asks for a
 * record outside its {@link VisibilityScope}: every route of the API whose path names a record
 * ({@code /api/centers/{code}/...}, {@code /api/<kind>/{id}/...}, {@code
 * /api/funding-sources/{code}}). Nothing here lists routes or kinds: the route's record is found
 * from the matched method's path template (the first parameter and the segment before it), and
 * whose it is from the entities ({@link VisibilityOfRecords}). Deny by default: a route whose first
 * parameter names no record the service can find the owner of answers 404 to those users, until the
 * record is mapped, or its resource is marked {@link ScopedByService}. A later parameter names a
 * record within the first ({@code /api/milestones/{id}/rebaselines/{rebaselineId}}), which the
 * service looks up within it. Records named in a query ({@code with}, a report's {@code center} and
 * {@code fundingSource}) are checked by the services against the same scope. Lists are narrowed by
 * their services.
 */
public class VisibilityFilter {

    private static final Logger LOG = Logger.getLogger(VisibilityFilter.class);

    /** The first record a route names: the segment before its parameter, and the parameter. */
    record PathRecord(String collection, String parameter) {}

    private static final Map<Method, Optional<PathRecord>> ROUTES = new ConcurrentHashMap<>();

    private final Visibility visibility;
    private final VisibilityOfRecords records;
    private final EntityManager em;

    VisibilityFilter(Visibility visibility, VisibilityOfRecords records, EntityManager em) {
        this.visibility = visibility;
        this.records = records;
        this.em = em;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, UriInfo uri, ResourceInfo resource) {
        if (!visibility.restricted()
                || resource.getResourceMethod() == null
                || resource.getResourceClass().isAnnotationPresent(ScopedByService.class)) {
            return;
        }
        Optional<PathRecord> named =
                ROUTES.computeIfAbsent(
                        resource.getResourceMethod(),
                        m -> firstRecord(template(resource.getResourceClass(), m)));
        if (named.isEmpty()) {
            return;
        }
        PathRecord path = named.get();
        String value = uri.getPathParameters().getFirst(path.parameter());
        Optional<VisibilityOfRecords.Kind> kind = records.kind(path.collection(), path.parameter());
        if (kind.isEmpty()) {
            LOG.errorf(
                    "Access refused (no record found for {%s} after %s: add the entity or its"
                            + " attribute): %s %s",
                    path.parameter(), path.collection(), request.getMethod(), uri.getPath());
            throw Refusal.notFound("record.notFound", value);
        }
        Object key = value;
        if (kind.get().keyType() == Long.class || kind.get().keyType() == long.class) {
            try {
                key = Long.valueOf(value);
            } catch (NumberFormatException e) {
                return; // not an id: the endpoint answers as for any malformed path
            }
        }
        Optional<VisibilityOfRecords.Owned> owner = records.ownerOf(em, kind.get(), key);
        if (owner.isEmpty()) {
            return; // no such record: the endpoint answers 404 as it does for everyone
        }
        if (!VisibilityOfRecords.sees(visibility.scope(), kind.get(), owner.get())) {
            LOG.warnf(
                    "Access refused (not theirs, answered 404): %s %s",
                    request.getMethod(), uri.getPath());
            throw Refusal.notFound(kind.get().notFoundKey(), key);
        }
    }

    /** The route's path template: its class's path and its method's. */
    static String template(Class<?> type, Method method) {
        Path onClass = type.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        return (onClass == null ? "" : onClass.value())
                + "/"
                + (onMethod == null ? "" : onMethod.value());
    }

    /** The first parameter of a path template and the segment before it, if it has one. */
    static Optional<PathRecord> firstRecord(String template) {
        List<String> segments = new ArrayList<>();
        for (String segment : template.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        for (int i = 1; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                int colon = name.indexOf(':');
                return Optional.of(
                        new PathRecord(
                                segments.get(i - 1),
                                (colon < 0 ? name : name.substring(0, colon)).strip()));
            }
        }
        return Optional.empty();
    }
}
