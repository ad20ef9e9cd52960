package org.taawun.support.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Bodies are read only up to the limit, whether their length is declared or not. */
class BoundedBodyTest {

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws IOException {
        assertThat(BoundedBody.read(request(new byte[100], true), 100)).hasSize(100);
        assertThat(BoundedBody.read(request(new byte[100], false), 100)).hasSize(100);
    }

    @Test
    void aLargerBodyIsRefusedWhetherItsLengthIsDeclaredOrNot() throws IOException {
        assertThat(BoundedBody.read(request(new byte[101], true), 100)).isNull();
        assertThat(BoundedBody.read(request(new byte[5000], false), 100)).isNull();
    }

    /** A request with this body, its length declared or not (as with chunked transfer). */
    private static MockHttpServletRequest request(byte[] body, boolean declared) {
        MockHttpServletRequest request = new MockHttpServletRequest() {
            @Override
            public long getContentLengthLong() {
                return declared ? super.getContentLengthLong() : -1;
            }
        };
        request.setContent(body);
        return request;
    }
}
