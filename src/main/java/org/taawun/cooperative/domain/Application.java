package org.taawun.cooperative.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.taawun.cooperative.Country;
import org.taawun.cooperative.LegalForm;

/**
 * An application to join the registry, as typed by the applicant. A name in Arabic or in French suffices (many
 * cooperatives have only one): see {@link #hasName()}.
 */
public record Application(
        @Size(max = 150, message = "{shared.validation.too-long}")
        String nameAr,

        @Size(max = 150, message = "{shared.validation.too-long}")
        String nameFr,

        @NotNull(message = "{shared.validation.required}") Country country,

        @NotBlank(message = "{shared.validation.required}") @Size(max = 8, message = "{cooperative.error.region}")
        String regionCode,

        @NotNull(message = "{shared.validation.required}") LegalForm legalForm,

        @NotBlank(message = "{shared.validation.required}")
        @Size(max = 60, message = "{shared.validation.too-long}")
        @Pattern(regexp = "[\\p{L}\\p{N} /.\\-]*", message = "{cooperative.error.registration}")
        String registrationNumber,

        @NotNull(message = "{shared.validation.required}")
        @Min(value = 1900, message = "{cooperative.error.founding-year}")
        @Max(value = 2100, message = "{cooperative.error.founding-year}")
        Integer foundingYear,

        @NotNull(message = "{shared.validation.required}")
        @Min(value = 1, message = "{cooperative.error.members}")
        @Max(value = 100000, message = "{cooperative.error.members}")
        Integer members,

        @NotBlank(message = "{shared.validation.required}") @Size(max = 30, message = "{shared.validation.phone}")
        String contactPhone,

        @NotBlank(message = "{shared.validation.required}") @Size(max = 120, message = "{shared.validation.too-long}")
        String applicantName,

        @NotBlank(message = "{shared.validation.required}")
        @Email(message = "{shared.validation.email}")
        @Size(max = 254, message = "{shared.validation.too-long}")
        String applicantEmail) {

    /** The field that says a name is missing, and its message. */
    public static final String NAME_FIELD = "nameAr";

    public static final String NAME_REQUIRED = "cooperative.error.name-required";

    /** Whether the cooperative is named, in Arabic or in French. */
    public boolean hasName() {
        return (nameAr != null && !nameAr.isBlank()) || (nameFr != null && !nameFr.isBlank());
    }

    public static Application empty() {
        return new Application("", "", Country.MA, "", LegalForm.COOPERATIVE, "", null, null, "", "", "");
    }
}
