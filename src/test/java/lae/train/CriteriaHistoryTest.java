package lae.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every criterion of the training verdicts has its history in criteria-history.toml, and every entry there is a criterion. */
class CriteriaHistoryTest {
    static List<Criterion> all() {
        List<Criterion> all = new ArrayList<>(ArtificialTrainingVerdicts.criteria());
        all.add(ArtificialLandscapeVerdicts.criterion());
        all.addAll(ImageTrainingVerdicts.criteria());
        return all;
    }

    @Test
    void everyCriterionHasAHistoryAndEveryEntryIsACriterion() {
        List<String> ids = all().stream().map(Criterion::id).toList();
        assertThat(CriteriaHistory.ids()).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            CriteriaHistory.Entry e = CriteriaHistory.of(id);
            assertThat(e.commit()).matches("[0-9a-f]{7,40}");
            assertThat(e.date()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(e.before()).isNotBlank();
        }
    }

    @Test
    void aCriterionWithoutHistoryIsRefused() {
        assertThatThrownBy(() -> CriteriaHistory.bullets(List.of(new Criterion("no.such.criterion", "text"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no.such.criterion");
    }

    @Test
    void theReportQuotesWhenEachWasSet() {
        List<String> b = CriteriaHistory.bullets(ArtificialTrainingVerdicts.criteria());
        assertThat(b).anySatisfy(x -> assertThat(x).contains("*Near a critical point*").contains("f267a28").contains("Not fixed before the runs"));
    }
}
