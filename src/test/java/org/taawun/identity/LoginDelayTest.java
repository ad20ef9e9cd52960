package org.taawun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;

/**
 * Failed sign-ins are counted atomically before the password is checked (parallel attempts cannot pass the limit), by
 * account and by client address, and are followed by growing delays rather than a lock.
 */
@TaawunTest
class LoginDelayTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private String login(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        })
                        .param("email", email)
                        .param("password", password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void parallelAttemptsCannotPassTheLimit() throws Exception {
        String email = fixtures.customer("the-right-password");
        int attempts = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String address = "10.20.0." + i;
                Callable<String> attempt = () -> {
                    start.await();
                    return login(email, "wrong-password", address);
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            int checked = 0;
            int refused = 0;
            for (Future<String> answer : answers) {
                String url = answer.get();
                if ("/login?error".equals(url)) {
                    checked++;
                } else if (url.startsWith("/login?throttled=")) {
                    refused++;
                }
            }
            assertThat(checked).as("passwords checked").isEqualTo(5);
            assertThat(refused).as("refused before their password was checked").isEqualTo(attempts - 5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void delaysGrowAfterEachFailureAndNeverLockTheAccount() throws Exception {
        String email = fixtures.customer("the-right-password");
        for (int i = 0; i < 5; i++) {
            assertThat(login(email, "wrong-" + i, "10.21.0.1")).isEqualTo("/login?error");
        }
        // during the delay even the right password is refused, with how long to wait
        String refused = login(email, "the-right-password", "10.21.0.1");
        assertThat(refused).startsWith("/login?throttled=");
        long firstWait = Long.parseLong(refused.substring("/login?throttled=".length()));
        assertThat(firstWait).isBetween(1L, 30L);
        mvc.perform(get(refused).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("Try again in " + firstWait + " seconds")));
        mvc.perform(get(refused).header("Accept-Language", "fr"))
                .andExpect(content().string(Matchers.containsString("Réessayez dans " + firstWait + " secondes")));

        // the delay is over: one more attempt is checked; failing it doubles the next delay
        passTime(email, 31);
        assertThat(login(email, "wrong-again", "10.21.0.1")).isEqualTo("/login?error");
        String refusedAgain = login(email, "the-right-password", "10.21.0.1");
        long secondWait = Long.parseLong(refusedAgain.substring("/login?throttled=".length()));
        assertThat(secondWait).isGreaterThan(30L).isLessThanOrEqualTo(60L);

        // no lock: once the delay is over, the right password signs her in
        passTime(email, 61);
        assertThat(login(email, "the-right-password", "10.21.0.1")).isEqualTo("/");
    }

    @Test
    void theApiAnswersTooManyRequestsWithRetryAfter() throws Exception {
        String email = fixtures.customer("the-right-password");
        for (int i = 0; i < 5; i++) {
            login(email, "wrong-" + i, "10.22.0." + i);
        }
        mvc.perform(post("/api/v1/auth/tokens")
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"the-right-password\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("login-throttled"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Too many failed attempts. Try again in")));
    }

    /** As if the account's last failure happened that many seconds earlier. */
    private void passTime(String email, int seconds) {
        jdbc.sql("update identity.login_attempts set last_failure_at = last_failure_at - make_interval(secs => ?)"
                        + " where key = ?")
                .params((double) seconds, "account:" + email.toLowerCase())
                .update();
    }
}
