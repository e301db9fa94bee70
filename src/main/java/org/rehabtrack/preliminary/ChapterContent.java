package org.rehabtrack.preliminary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A chapter of a bill of quantities as a client sends it. */
public class ChapterContent {

    static final int CODE_MAX = 20;
    static final int TITLE_MAX = 200;

    /** Short code, unique in the version: "01", "ROOF". */
    @NotBlank
    @Size(max = CODE_MAX)
    public String code;

    @NotBlank
    @Size(max = TITLE_MAX)
    public String title;

    @NotNull
    @Size(max = 2000)
    public List<@NotNull @Valid LineContent> lines = new ArrayList<>();

    static ChapterContent of(BoqChapter chapter) {
        ChapterContent content = new ChapterContent();
        content.code = chapter.getCode();
        content.title = chapter.getTitle();
        content.lines = new ArrayList<>(chapter.getLines().stream().map(LineContent::of).toList());
        return content;
    }
}
