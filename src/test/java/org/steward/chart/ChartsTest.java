package org.steward.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ChartsTest {

    private static final List<Bar> SELECTION = List.of(
            new Bar("female", 0.52, 0.48, 0.56, true),
            new Bar("male", 0.71, 0.68, 0.74, false),
            new Bar("unknown", 0.6, false));

    private static Chart selection() {
        return Charts.bars("Selection rate by sex", "Selection rate", SELECTION, 0.8, "four-fifths limit 0.8");
    }

    private static Chart roc(boolean diagonal) {
        double[] fpr = {0, 0.1, 0.3, 0.6, 1};
        return Charts.curves("ROC by group", "False positive rate", "True positive rate", List.of(
                new Series("female", fpr, new double[] {0, 0.4, 0.7, 0.9, 1}),
                new Series("male", fpr, new double[] {0, 0.5, 0.8, 0.95, 1})), diagonal);
    }

    private static Series residuals(int n) {
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++) {
            x[i] = 10 + i;
            y[i] = (i % 7) - 3.5;
        }
        return new Series("test split", x, y);
    }

    // --- structure -------------------------------------------------------------------------------------------

    @Test
    void bar_chart_is_well_formed_svg_with_its_title_one_bar_per_category_and_a_whisker_per_interval() {
        var chart = selection();
        var svg = parse(chart.svg());

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(chart.width()).isEqualTo(640);
        assertThat(chart.height()).isEqualTo(360);
        assertThat(texts(svg)).contains("Selection rate by sex", "female", "male", "unknown", "Selection rate",
                "four-fifths limit 0.8", "Flagged");
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Selection rate by sex");
        assertThat(ids(svg, "bar-")).containsExactly("bar-0", "bar-1", "bar-2");
        assertThat(ids(svg, "whisker-")).containsExactly("whisker-0", "whisker-1");
        assertThat(byId(svg, "bar-0").getAttribute("style")).contains("rgb(194,65,12)");
        assertThat(byId(svg, "bar-1").getAttribute("style")).contains("rgb(31,95,168)");
    }

    @Test
    void bars_whiskers_and_reference_line_are_drawn_to_scale() {
        var svg = parse(selection().svg());
        var female = byId(svg, "bar-0");
        var male = byId(svg, "bar-1");
        var baseline = number(female, "y") + number(female, "height");
        assertThat(number(male, "y") + number(male, "height")).isCloseTo(baseline, within(0.01));
        // pixels per unit of the value axis, from the female bar
        var scale = number(female, "height") / 0.52;
        assertThat(number(male, "height")).isCloseTo(0.71 * scale, within(0.05));

        var whisker = ys(byId(svg, "whisker-0"));
        assertThat(whisker.getMax() - whisker.getMin()).isCloseTo((0.56 - 0.48) * scale, within(0.05));
        assertThat(whisker.getMax()).isCloseTo(baseline - 0.48 * scale, within(0.05));

        var line = byId(svg, "reference-line");
        assertThat(line.getAttribute("style")).contains("stroke-dasharray");
        assertThat(number(line, "y1")).isCloseTo(baseline - 0.8 * scale, within(0.05));
    }

    @Test
    void no_reference_line_and_no_legend_unless_asked_for() {
        var chart = Charts.bars("Accuracy", "Accuracy", List.of(new Bar("a", 0.9, false), new Bar("b", 0.8, false)),
                null, "ignored");
        var svg = parse(chart.svg());
        assertThat(byIdOrNull(svg, "reference-line")).isNull();
        assertThat(ids(svg, "whisker-")).isEmpty();
        assertThat(texts(svg)).doesNotContain("ignored", "Flagged");
        assertThat(chart.svg()).doesNotContain("stroke-dasharray");
    }

    @Test
    void curves_have_a_legend_entry_per_series_unit_axes_and_the_diagonal_only_when_asked() {
        var with = roc(true);
        var without = roc(false);
        var svg = parse(with.svg());
        assertThat(texts(svg)).contains("ROC by group", "female", "male", "False positive rate",
                "True positive rate", "0.0", "0.5", "1.0");
        assertThat(with.svg()).contains("stroke-dasharray");
        assertThat(without.svg()).doesNotContain("stroke-dasharray");
        // each curve is one path in its own colour
        assertThat(with.svg()).contains("stroke:rgb(31,95,168)").contains("stroke:rgb(194,65,12)");
    }

    @Test
    void curves_outside_the_unit_square_get_their_own_range() {
        var chart = Charts.curves("Cumulative cost", "Month", "Cost", List.of(
                new Series("cost", new double[] {1, 2, 3}, new double[] {100, 250, 400})), false);
        assertThat(texts(parse(chart.svg()))).doesNotContain("1.0").anyMatch(t -> t.matches("\\d{3}"));
    }

    @Test
    void scatter_draws_every_point_and_the_zero_line() {
        var chart = Charts.scatter("Residuals", "Predicted", "Residual", residuals(40), 0.0);
        var points = Pattern.compile("<g style='fill:rgb\\(31,95,168\\);fill-opacity").matcher(chart.svg()).results()
                .count();
        assertThat(points).isEqualTo(40);
        assertThat(chart.svg()).contains("stroke-dasharray");
        assertThat(Charts.scatter("Residuals", "Predicted", "Residual", residuals(40), null).svg())
                .doesNotContain("stroke-dasharray");
        assertThat(chart.description()).contains("40 points").contains("y = 0");
    }

    // --- determinism, PNG, accessibility -------------------------------------------------------------------------

    @Test
    void the_same_input_gives_the_same_svg() {
        var first = selection().svg();
        roc(true);
        assertThat(selection().svg()).isEqualTo(first);
        assertThat(roc(true).svg()).isEqualTo(roc(true).svg());
        assertThat(selection()).isEqualTo(selection());
    }

    @Test
    void png_is_the_same_drawing_at_the_chart_size() throws Exception {
        var chart = selection();
        var image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
        // the middle of the flagged bar in the SVG is orange in the PNG
        var bar = byId(parse(chart.svg()), "bar-0");
        var x = (int) (number(bar, "x") + number(bar, "width") / 2);
        var y = (int) (number(bar, "y") + number(bar, "height") / 2);
        assertThat(image.getRGB(x, y) & 0xffffff).isEqualTo(0xc2410c);
        assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);

        var print = ImageIO.read(new ByteArrayInputStream(chart.png(2)));
        assertThat(print.getWidth()).isEqualTo(1280);
        assertThat(print.getHeight()).isEqualTo(720);
    }

    @Test
    void description_names_what_a_sighted_reader_sees() {
        assertThat(selection().description()).isEqualTo("Bar chart \"Selection rate by sex\" of Selection rate: "
                + "female 0.52 (interval 0.48 to 0.56), flagged; male 0.71 (interval 0.68 to 0.74); unknown 0.6. "
                + "Reference line \"four-fifths limit 0.8\" at 0.8.");
        assertThat(roc(true).description()).isEqualTo("Line chart \"ROC by group\" of True positive rate against "
                + "False positive rate: female, 5 points, x from 0 to 1, y from 0 to 1; male, 5 points, x from 0 to 1, "
                + "y from 0 to 1. Dashed diagonal y = x for reference.");
        assertThat(parse(selection().svg()).getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .isEqualTo(selection().description());
    }

    // --- safety ------------------------------------------------------------------------------------------------

    @Test
    void markup_in_titles_and_labels_is_text_never_elements() {
        var title = "<script>alert(1)</script>";
        var chart = Charts.bars(title, "rate \"quoted\" & <b>bold</b>",
                List.of(new Bar("<img src=x onerror=alert(2)>", 0.5, false), new Bar("a'b", 0.4, false)),
                0.8, "<i>limit</i>");
        var svg = parse(chart.svg());

        assertThat(chart.svg()).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<b>").doesNotContain("<i>").contains("&lt;script&gt;");
        for (var tag : List.of("script", "img", "b", "i", "foreignObject")) {
            assertThat(svg.getElementsByTagNameNS("*", tag).getLength()).as(tag).isZero();
        }
        assertThat(texts(svg)).contains(title, "<img src=x onerror=alert(2)>", "<i>limit</i>");
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(title);
    }

    @Test
    void svg_is_self_contained() {
        for (var chart : List.of(selection(), roc(true), Charts.scatter("R", "x", "y", residuals(5), 0.0))) {
            var svg = chart.svg();
            assertThat(svg).doesNotContain("href").doesNotContain("<image").doesNotContain("@import")
                    .doesNotContain("<!DOCTYPE").doesNotContain("<script");
            assertThat(Pattern.compile("url\\((?!#)").matcher(svg).find()).as("only local url(#…) references")
                    .isFalse();
        }
    }

    @Test
    void control_characters_in_labels_do_not_break_the_xml() {
        var chart = Charts.bars("Rate\u0007 by\u0000 group", "", List.of(new Bar("a\u001bb", 0.5, false)), null, "");
        assertThat(texts(parse(chart.svg()))).contains("Rate  by  group", "a b");
    }

    // --- bad input ------------------------------------------------------------------------------------------------

    @Test
    void nan_infinite_empty_and_inconsistent_input_is_refused_with_a_plain_message() {
        assertThatThrownBy(() -> Charts.bars("T", "v", List.of(), null, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no bars");
        assertThatThrownBy(() -> Charts.bars("T", "v", List.of(new Bar("a", Double.NaN, false)), null, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot draw the value of bar 'a': it is NaN, not a finite number");
        assertThatThrownBy(() -> Charts.bars("T", "v", List.of(new Bar("a", 0.5, 0.4, Double.POSITIVE_INFINITY,
                false)), null, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high end of bar 'a'");
        assertThatThrownBy(() -> Charts.bars("T", "v", List.of(new Bar("a", 0.5, 0.4, null, false)), null, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both ends");
        assertThatThrownBy(() -> Charts.bars("T", "v", List.of(new Bar("a", 0.5, 0.6, 0.4, false)), null, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above its high end");
        assertThatThrownBy(() -> Charts.bars("T", "v", List.of(new Bar("a", 0.5, false), new Bar("a", 0.4, false)),
                null, "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' twice");
        assertThatThrownBy(() -> Charts.bars("T", "v", List.of(new Bar("a", 0.5, false)), Double.NaN, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference line");
        assertThatThrownBy(() -> Charts.bars(" ", "v", List.of(new Bar("a", 0.5, false)), null, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");

        assertThatThrownBy(() -> Charts.curves("T", "x", "y", List.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no curves");
        assertThatThrownBy(() -> Charts.curves("T", "x", "y", List.of(new Series("s", new double[0],
                new double[0])), true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'s' has no points");
        assertThatThrownBy(() -> Charts.curves("T", "x", "y", List.of(new Series("s", new double[] {0, 1},
                new double[] {0})), true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 x values but 1 y values");
        assertThatThrownBy(() -> Charts.curves("T", "x", "y", List.of(new Series("s", new double[] {0, 1},
                new double[] {0, Double.NaN})), true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("point 1 of series 's' (y)");
        var s = new Series("s", new double[] {0}, new double[] {0});
        assertThatThrownBy(() -> Charts.curves("T", "x", "y", List.of(s, s), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'s' twice");
        assertThatThrownBy(() -> Charts.scatter("T", "x", "y", new Series("s", new double[] {Double.NEGATIVE_INFINITY},
                new double[] {0}), 0.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> Charts.scatter("T", "x", "y", residuals(3), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizontal line");
    }

    @Test
    void series_does_not_share_the_callers_arrays() {
        var x = new double[] {0, 1};
        var series = new Series("s", x, new double[] {0, 1});
        x[1] = Double.NaN;
        assertThat(series.x()).containsExactly(0, 1);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    static Document parse(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<String> texts(Document svg) {
        var nodes = svg.getElementsByTagNameNS("*", "text");
        var texts = new ArrayList<String>();
        for (var i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> ids(Document svg, String prefix) {
        var all = svg.getElementsByTagNameNS("*", "*");
        var ids = new ArrayList<String>();
        for (var i = 0; i < all.getLength(); i++) {
            var id = ((Element) all.item(i)).getAttribute("id");
            if (id.startsWith(prefix)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Element byId(Document svg, String id) {
        var element = byIdOrNull(svg, id);
        assertThat(element).as("element #" + id).isNotNull();
        return element;
    }

    private static Element byIdOrNull(Document svg, String id) {
        var all = svg.getElementsByTagNameNS("*", "*");
        for (var i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return (Element) all.item(i);
            }
        }
        return null;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    /** The y coordinates of the path(s) inside an element. */
    private static DoubleSummaryStatistics ys(Element element) {
        var paths = element.getElementsByTagNameNS("*", "path");
        var stats = new DoubleSummaryStatistics();
        for (var i = 0; i < paths.getLength(); i++) {
            var numbers = Arrays.stream(((Element) paths.item(i)).getAttribute("d").split("[MLZ, ]+"))
                    .filter(t -> !t.isEmpty()).mapToDouble(Double::parseDouble).toArray();
            for (var j = 1; j < numbers.length; j += 2) {
                stats.accept(numbers[j]);
            }
        }
        return stats;
    }
}
