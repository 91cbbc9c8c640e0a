package org.briefing.subscriptions.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a person asks for when subscribing. Empty topics or actors mean "any". Topics and actors are
 * checked against the vocabulary by {@code ChoiceChecker}, which accepts names and any case.
 */
public record SubscriptionRequest(
    @NotBlank(message = "is required")
        @Size(max = 254, message = "must be at most {max} characters")
        String email,
    @Size(max = 40, message = "must list at most {max} topics")
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 60, message = "must be a topic word such as rare-earths") String>
            topics,
    @Size(max = 40, message = "must list at most {max} actors")
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 100, message = "must be an actor code such as US, CN or EU") String>
            actors,
    @NotBlank(message = "is required: immediate, daily or weekly") String frequency,
    @Size(max = 64, message = "must be at most {max} characters")
        @Pattern(
            regexp = "[A-Za-z0-9_+\\-/]+",
            message = "must be an IANA time zone such as Europe/Kyiv")
        String timezone,
    @Min(value = 0, message = "must be an hour from 0 to 23")
        @Max(value = 23, message = "must be an hour from 0 to 23")
        Integer deliveryHour) {}
