package org.rehabtrack.report.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ReportScheduleRepository implements PanacheRepository<ReportSchedule> {

    /** Every schedule, by name. */
    List<ReportSchedule> listByName() {
        return find("from ReportSchedule s left join fetch s.audience order by s.name, s.id")
                .list();
    }
}
