package org.rehabtrack.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code page} (from 1) and {@code size} query parameters of a list. */
public class PageRequest {

    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
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
