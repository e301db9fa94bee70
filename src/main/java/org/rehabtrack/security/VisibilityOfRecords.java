package org.rehabtrack.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rehabtrack.system.persistence.RefersTo;
import org.rehabtrack.system.problem.Messages;

/**
 * Whose every record of the database is, worked out from the entities themselves (the JPA
 * metamodel), not from a list kept by hand, so that a new kind of record is covered the day it is
 * mapped:
 *
 * <ul>
 *   <li>a {@value #CENTER} is its own; a record that reaches a center through its to-one
 *       associations (a milestone's center, a commitment's agreement's center, a photo's finding's
 *       or progress report's works package's center) is that center's, the shortest way first; a
 *       record whose center cannot be found (a photo of a deleted finding) belongs to no center,
 *       and only those who see every center see it;
 *   <li>a record of no center that belongs to an organisation (a {@value #PARTNER}: a grant's
 *       donor) is that organisation's;
 *   <li>any other record (partners, exchange rates) is reference data that every signed-in user
 *       sees.
 * </ul>
 *
 * <p>A kind of record is named in the API's paths by its entity's name in kebab case and plural
 * ({@code WorkPackage}: {@code work-packages}), and identified there by the attribute the path
 * parameter is named after ({@code {id}}, {@code {code}}, {@code {acronym}}).
 */
@ApplicationScoped
public class VisibilityOfRecords {

    static final String CENTER = "Center";
    static final String PARTNER = "Partner";

    /** How far a record may be from its center: a photo's progress report's package's center. */
    private static final int MAX_HOPS = 3;

    /** How to find whose a record is, and the words of its own not-found answer. */
    public record Kind(
            String entity,
            String keyAttribute,
            Class<?> keyType,
            String ownerQuery,
            Owner owner,
            String notFoundKey) {}

    /** Whose a kind of record is. */
    public enum Owner {
        CENTER,
        ORGANISATION,
        EVERYONE
    }

    private final EntityManagerFactory factory;
    private volatile Map<String, EntityType<?>> byCollection;
    private final Map<String, Optional<Kind>> kinds = new ConcurrentHashMap<>();

    VisibilityOfRecords(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /**
     * The kind of record a path names by {@code {parameter}} after the segment {@code collection}
     * ({@code milestones/{id}}); empty when no entity is named so or has that attribute.
     */
    public Optional<Kind> kind(String collection, String parameter) {
        return kinds.computeIfAbsent(
                collection + "/" + parameter, k -> derive(collection, parameter));
    }

    /**
     * The owner's id of the record of this key (a center's or an organisation's); empty when none.
     */
    public Optional<Owned> ownerOf(EntityManager em, Kind kind, Object key) {
        if (kind.owner() == Owner.EVERYONE) {
            return Optional.of(new Owned(null));
        }
        List<Long> owners =
                em.createQuery(kind.ownerQuery(), Long.class)
                        .setParameter("key", key)
                        .setMaxResults(1)
                        .getResultList();
        return owners.isEmpty() ? Optional.empty() : Optional.of(new Owned(owners.get(0)));
    }

    /** The owner found for an existing record: null when its center or organisation is gone. */
    public record Owned(Long id) {}

    /** Whether the reader sees the record of this kind whose owner is this. */
    public static boolean sees(VisibilityScope scope, Kind kind, Owned owned) {
        return switch (kind.owner()) {
            case EVERYONE -> true;
            case CENTER -> scope.seesRecordOf(owned.id());
            case ORGANISATION ->
                    !scope.restricted() || owned.id() != null && scope.seesGrantOf(owned.id());
        };
    }

    /**
     * The collection name of an entity: kebab case, plural ({@code WorkPackage}: work-packages).
     */
    static String collection(String entity) {
        String kebab = entity.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        if (kebab.endsWith("y")) {
            return kebab.substring(0, kebab.length() - 1) + "ies";
        }
        return kebab.endsWith("s") || kebab.endsWith("x") || kebab.endsWith("ch")
                ? kebab + "es"
                : kebab + "s";
    }

    private Map<String, EntityType<?>> byCollection() {
        if (byCollection == null) {
            Map<String, EntityType<?>> map = new LinkedHashMap<>();
            for (EntityType<?> type : factory.getMetamodel().getEntities()) {
                map.put(collection(type.getName()), type);
            }
            byCollection = map;
        }
        return byCollection;
    }

    private Optional<Kind> derive(String collection, String parameter) {
        EntityType<?> type = byCollection().get(collection);
        if (type == null) {
            return Optional.empty();
        }
        SingularAttribute<?, ?> key;
        if (parameter.equals("id")) {
            key = type.getId(type.getIdType().getJavaType());
        } else {
            Attribute<?, ?> attribute =
                    type.getAttributes().stream()
                            .filter(a -> a.getName().equals(parameter))
                            .findFirst()
                            .orElse(null);
            if (!(attribute instanceof SingularAttribute<?, ?> singular)) {
                return Optional.empty();
            }
            key = singular;
        }
        String where = " where r." + key.getName() + " = :key";
        String from = " from " + type.getName() + " r";
        Owner owner;
        String query;
        if (type.getName().equals(CENTER)) {
            owner = Owner.CENTER;
            query = "select r.id" + from + where;
        } else {
            List<List<String>> paths = new ArrayList<>();
            paths(type, new ArrayList<>(), paths);
            paths.sort(Comparator.comparingInt(List::size));
            Optional<SingularAttribute<?, ?>> organisation =
                    type.getSingularAttributes().stream()
                            .filter(a -> isEntity(a, PARTNER))
                            .<SingularAttribute<?, ?>>map(a -> a)
                            .findFirst();
            if (!paths.isEmpty()) {
                owner = Owner.CENTER;
                query = centerQuery(from, where, paths);
            } else if (organisation.isPresent()) {
                owner = Owner.ORGANISATION;
                query = "select r." + organisation.get().getName() + ".id" + from + where;
            } else {
                owner = Owner.EVERYONE;
                query = null;
            }
        }
        String name = type.getName();
        String notFound = Character.toLowerCase(name.charAt(0)) + name.substring(1) + ".notFound";
        if (Messages.get(Locale.ENGLISH, notFound).equals(notFound)) {
            notFound = "record.notFound";
        }
        return Optional.of(
                new Kind(name, key.getName(), key.getJavaType(), query, owner, notFound));
    }

    /**
     * Every way from a record to its center through to-one associations and {@link RefersTo} ids,
     * at most MAX_HOPS. A step by id is written {@code attribute>Entity}.
     */
    private void paths(EntityType<?> type, List<String> prefix, List<List<String>> found) {
        if (prefix.size() == MAX_HOPS) {
            return;
        }
        for (SingularAttribute<?, ?> a : type.getSingularAttributes()) {
            if (a.isId()) {
                continue;
            }
            EntityType<?> target;
            String step;
            if (a.getType() instanceof EntityType<?> associated) {
                target = associated;
                step = a.getName();
            } else if (a.getJavaMember() instanceof Field field
                    && field.isAnnotationPresent(RefersTo.class)) {
                String entity = field.getAnnotation(RefersTo.class).value();
                target = entity(entity);
                step = a.getName() + ">" + entity;
            } else {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(step);
            if (target.getName().equals(CENTER)) {
                found.add(path);
            } else if (!target.getName().equals(PARTNER)) {
                paths(target, path, found);
            }
        }
    }

    private EntityType<?> entity(String name) {
        return factory.getMetamodel().getEntities().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("@RefersTo names no entity: " + name));
    }

    private static boolean isEntity(SingularAttribute<?, ?> a, String name) {
        return a.getType() instanceof EntityType<?> target && target.getName().equals(name);
    }

    /**
     * The first center found along the paths, shortest first: left joins, so that a record whose
     * first way is empty (a photo of a progress report has no finding) is found by another.
     */
    private static String centerQuery(String from, String where, List<List<String>> paths) {
        Map<String, String> aliases = new LinkedHashMap<>();
        StringBuilder joins = new StringBuilder();
        List<String> centers = new ArrayList<>();
        for (List<String> path : paths) {
            String alias = "r";
            for (int i = 0; i < path.size() - 1; i++) {
                String prefix = String.join(".", path.subList(0, i + 1));
                String known = aliases.get(prefix);
                if (known == null) {
                    known = "j" + aliases.size();
                    String[] byId = path.get(i).split(">");
                    if (byId.length == 2) {
                        joins.append(" left join ").append(byId[1]).append(' ').append(known);
                        joins.append(" on ").append(known).append(".id = ");
                        joins.append(alias).append('.').append(byId[0]);
                    } else {
                        joins.append(" left join ").append(alias).append('.').append(path.get(i));
                        joins.append(' ').append(known);
                    }
                    aliases.put(prefix, known);
                }
                alias = known;
            }
            centers.add(alias + "." + path.get(path.size() - 1) + ".id");
        }
        String select =
                centers.size() == 1
                        ? centers.get(0)
                        : "coalesce(" + String.join(", ", centers) + ")";
        return "select " + select + from + joins + where;
    }
}
