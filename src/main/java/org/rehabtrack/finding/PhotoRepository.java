package org.rehabtrack.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class PhotoRepository implements PanacheRepository<Photo> {

    public Optional<Photo> findWithOwner(long id) {
        return find("from Photo p left join fetch p.finding where p.id = ?1", id)
                .firstResultOptional();
    }

    /** The photos of many progress reports in one query, by report id. */
    public Map<Long, List<Photo>> ofReports(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        return list("progressReportId in ?1 order by id", reportIds).stream()
                .collect(Collectors.groupingBy(Photo::getProgressReportId));
    }

    public List<Photo> of(Finding finding) {
        return list("finding = ?1 order by id", finding);
    }

    /** The photos of many findings in one query, by finding id. */
    public Map<Long, List<Photo>> of(Collection<Finding> findings) {
        if (findings.isEmpty()) {
            return Map.of();
        }
        return list("finding in ?1 order by id", findings).stream()
                .collect(Collectors.groupingBy(p -> p.getFinding().getId()));
    }

    /**
     * The photos stored before photos were written anew (no thumbnail yet): id and file name, by
     * id.
     */
    public List<Object[]> withoutThumbnail() {
        return getEntityManager()
                .createQuery(
                        "select p.id, p.storageName from Photo p where p.thumbnailName is null order by p.id",
                        Object[].class)
                .getResultList();
    }

    /**
     * Records the files of a photo written anew in place of {@code oldName}, unless someone
     * (another instance) did it first: answers whether this one did.
     */
    public boolean replaceFiles(
            long id, String oldName, PhotoStorage.Stored stored, PreparedPhoto prepared) {
        PhotoEncoder.Encoded encoded = prepared.encoded();
        return update(
                        "contentType = ?1, sizeBytes = ?2, storageName = ?3, thumbnailName = ?4, width = ?5,"
                                + " height = ?6, thumbnailWidth = ?7, thumbnailHeight = ?8"
                                + " where id = ?9 and storageName = ?10 and thumbnailName is null",
                        encoded.type().mediaType(),
                        prepared.size(),
                        stored.name(),
                        stored.thumbnailName(),
                        encoded.width(),
                        encoded.height(),
                        encoded.thumbnailWidth(),
                        encoded.thumbnailHeight(),
                        id,
                        oldName)
                == 1;
    }
}
