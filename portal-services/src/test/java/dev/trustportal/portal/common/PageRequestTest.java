package dev.trustportal.portal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

  @ParameterizedTest
  @CsvSource({"0,1", "0,50", "3,500", "1000,20"})
  void acceptsPagesFromZeroAndSizesFromOneTo500(int page, int size) {
    assertThat(new PageRequest(page, size))
        .extracting(PageRequest::page, PageRequest::size)
        .containsExactly(page, size);
  }

  @ParameterizedTest
  @CsvSource({"-1,50", "0,0", "0,-5", "0,501"})
  void rejectsNegativePagesAndSizesOutsideOneTo500(int page, int size) {
    assertThatThrownBy(() -> new PageRequest(page, size))
        .isInstanceOf(InvalidPageRequestException.class)
        .hasMessageContaining("the page must be 0 or more and the size between 1 and 500")
        .extracting(e -> ((PortalException) e).code(), e -> ((PortalException) e).kind())
        .containsExactly("invalid_page_request", PortalException.Kind.INVALID_INPUT);
  }

  @Test
  void offsetIsPageTimesSize() {
    assertThat(new PageRequest(3, 50).offset()).isEqualTo(150);
  }

  @Test
  void offsetBeyondIntRangeFailsInsteadOfWrapping() {
    assertThatThrownBy(() -> new PageRequest(Integer.MAX_VALUE, 500).offset())
        .isInstanceOf(ArithmeticException.class);
  }
}
