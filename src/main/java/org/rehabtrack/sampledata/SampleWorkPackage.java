package org.rehabtrack.sampledata;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.works.ChangeOrderRequest;
import org.rehabtrack.works.ChangeOrderStatus;
import org.rehabtrack.works.ExpenditureRequest;
import org.rehabtrack.works.NewWorkPackage;
import org.rehabtrack.works.ProgressRequest;
import org.rehabtrack.works.WorkPackageStatus;

/**
 * An entry of {@code work-packages.json}: a package and its story, told in the order the API would
 * be called: statuses, progress, change orders, payments, then a last move or two.
 */
public class SampleWorkPackage extends NewWorkPackage {

    @NotBlank public String center;

    /** Titles of the center's findings the package addresses. */
    @NotNull public List<@NotBlank String> addresses = new ArrayList<>();

    @NotNull public List<@NotNull @Valid Move> statuses = new ArrayList<>();

    @NotNull public List<@NotNull @Valid ProgressRequest> progress = new ArrayList<>();

    @NotNull public List<@NotNull @Valid Change> changeOrders = new ArrayList<>();

    @NotNull public List<@NotNull @Valid ExpenditureRequest> payments = new ArrayList<>();

    /** A move after the progress and payments, such as completing. */
    @Valid
    @com.fasterxml.jackson.annotation.JsonProperty("finally")
    public Move lastMove;

    /** A move after that, such as handing over. */
    @Valid public Move then;

    /** A status and the day it was reached. */
    public static class Move {
        @NotNull public WorkPackageStatus status;

        @NotNull public LocalDate date;
    }

    /** A change order and, unless still pending, its decision and date. */
    public static class Change extends ChangeOrderRequest {
        @NotNull public ChangeOrderStatus decision = ChangeOrderStatus.PENDING;

        public LocalDate date;
    }
}
