package org.rehabtrack.preliminary;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.system.persistence.Audited;

/** A chapter of a bill of quantities: preliminaries, demolition, structure, roof... */
@Entity
public class BoqChapter implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PreliminaryProject project;

    private int position;
    private String code;
    private String title;

    @OneToMany(mappedBy = "chapter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BoqLine> lines = new ArrayList<>();

    protected BoqChapter() {}

    BoqChapter(PreliminaryProject project, int position, ChapterContent content) {
        this.project = project;
        this.position = position;
        this.code = content.code.strip();
        this.title = content.title.strip();
        for (LineContent line : content.lines) {
            lines.add(new BoqLine(this, lines.size(), line));
        }
    }

    /** The sum of the chapter's line amounts, by currency. */
    Amounts total() {
        Amounts total = new Amounts();
        lines.forEach(line -> total.add(line.amount()));
        return total;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public List<BoqLine> getLines() {
        return lines;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long auditedCenterId() {
        return project.auditedCenterId();
    }
}
