package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailNormalisationTest {

    static EmailValue email(String raw) {
        return (EmailValue) FieldType.EMAIL.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    @Test
    void keepsTheUserAsSentAndLowerCasesTheDomain() {
        EmailValue value = email("  John.Smith@Example.COM ");

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo("John.Smith@example.com");
        assertThat(value.user()).isEqualTo("John.Smith");
        assertThat(value.domain()).isEqualTo("example.com");
        assertThat(value.tld()).isEqualTo("com");
        assertThat(value.isFree()).isFalse();
        assertThat(value.isDisposable()).isFalse();
        assertThat(value.isRole()).isFalse();
        assertThat(value.type()).isEqualTo(FieldType.EMAIL);
    }

    @ParameterizedTest
    @CsvSource({
        "jane.doe@gmail.com, gmail.com, com",
        "jane+leads@gmail.com, gmail.com, com",
        "o'brien@yahoo.co.uk, yahoo.co.uk, uk",
        "j_doe-1@sub.mail.example.org, sub.mail.example.org, org",
        "x@hotmail.com, hotmail.com, com",
        "user@xn--mnchen-3ya.de, xn--mnchen-3ya.de, de",
        "user@münchen.de, münchen.de, de",
        "mailto:jane@aol.com, aol.com, com"
    })
    void acceptsRealWorldAddresses(String raw, String domain, String tld) {
        EmailValue value = email(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.domain()).isEqualTo(domain);
        assertThat(value.tld()).isEqualTo(tld);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plainaddress",
        "@example.com",
        "jane@",
        "jane@@example.com",
        "jane@example",
        "jane@example.c0m",
        "jane@example..com",
        "jane@.example.com",
        "jane@example.com.",
        "jane@-example.com",
        "jane@exa_mple.com",
        "jane doe@example.com",
        "jane@exam ple.com",
        ".jane@example.com",
        "jane.@example.com",
        "ja..ne@example.com",
        "jane@192.168.1.1",
        "\"jane\"@example.com",
        "jane@example.com, bob@example.com",
        "n/a",
        "none"
    })
    void rejectsMalformedAddresses(String raw) {
        EmailValue value = email(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.text()).isEqualTo(raw.strip());
        assertThat(value.raw()).isEqualTo(raw);
    }

    @Test
    void rejectsAUserPartLongerThanSixtyFourCharacters() {
        assertThat(email("a".repeat(65) + "@example.com").valid()).isFalse();
        assertThat(email("a".repeat(64) + "@example.com").valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "GMAIL.com"})
    void marksFreeMailProviders(String domain) {
        EmailValue value = email("jane@" + domain);

        assertThat(value.isFree()).isTrue();
        assertThat(value.isDisposable()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com"})
    void marksDisposableServicesAsDisposableAndFree(String domain) {
        EmailValue value = email("jane@" + domain);

        assertThat(value.valid()).isTrue();
        assertThat(value.isDisposable()).isTrue();
        assertThat(value.isFree()).isTrue();
    }

    @Test
    void findsADisposableServiceByItsParentDomain() {
        assertThat(email("jane@anything.33mail.com").isDisposable()).isTrue();
        assertThat(email("jane@deep.sub.mailinator.com").isDisposable()).isTrue();
    }

    @Test
    void doesNotTreatEveryNameUnderACountryRegistryAsListed() {
        // "net.ua" itself is on a list; a company registered under it is not
        assertThat(Emails.lookUp(Emails.Lists.FREE, "net.ua") || Emails.lookUp(Emails.Lists.DISPOSABLE, "net.ua"))
                .isTrue();
        assertThat(email("jane@acme.net.ua").isFree()).isFalse();
        assertThat(email("jane@acme.net.ua").isDisposable()).isFalse();
    }

    @Test
    void doesNotMarkACompanyDomainAsFreeOrDisposable() {
        EmailValue value = email("jane@leadgate.io");

        assertThat(value.isFree()).isFalse();
        assertThat(value.isDisposable()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"info", "sales", "admin", "noreply", "support", "INFO"})
    void marksRoleAddresses(String user) {
        assertThat(email(user + "@acme.com").isRole()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "john.smith", "alexa"})
    void doesNotMarkPeopleAsRoles(String user) {
        assertThat(email(user + "@acme.com").isRole()).isFalse();
    }

    @Test
    void stillClassifiesTheDomainOfAnInvalidAddress() {
        EmailValue value = email("jane doe@mailinator.com");

        assertThat(value.valid()).isFalse();
        assertThat(value.domain()).isEqualTo("mailinator.com");
        assertThat(value.isDisposable()).isTrue();
    }

    @Test
    void leavesPartsEmptyWhenThereIsNoAtSign() {
        EmailValue value = email("janedoe.gmail.com");

        assertThat(value.user()).isNull();
        assertThat(value.domain()).isNull();
        assertThat(value.tld()).isNull();
    }
}
