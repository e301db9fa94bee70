package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Exchange rates for tests, recorded through the API. */
public final class TestRates {

    private TestRates() {}

    /**
     * Makes sure the lempira has a rate on the day: records this one, unless a rate of that day is
     * recorded already (by another test), which serves as well. The day may not be after today.
     */
    public static void hnl(String date, String unitsPerUsd) {
        int status =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "currency",
                                        "HNL",
                                        "date",
                                        date,
                                        "unitsPerUsd",
                                        unitsPerUsd,
                                        "source",
                                        "Test rate"))
                        .post("/api/exchange-rates")
                        .then()
                        .extract()
                        .statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("the rate of " + date + " answered " + status);
        }
    }
}
