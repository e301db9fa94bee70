package org.rehabtrack.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code page} (from 1) and {@code size} query parameters of a list. */
public class PageRequest {

    public static final int MAX_SIZE = 500;

    /**
     * The last page that may be asked for: its first row, {@code (page - 1) * size}, must still be
     * an int at the largest size, or the offset overflows (500 instead of an empty page).
     */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Max(MAX_PAGE)
    public int page = 1;

    @QueryParam("size")
    @DefaultValue("100")
    @Min(1)
    @Max(MAX_SIZE)
    public int size = 100;

    /** Zero-based index, as Panache counts pages. */
    public int index() {
        return page - 1;
    }
}
