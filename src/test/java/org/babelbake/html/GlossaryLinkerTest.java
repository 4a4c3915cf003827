package org.babelbake.html;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlossaryLinkerTest {
    private static final GlossaryLinker.Term MYOPATHY = new GlossaryLinker.Term("myopathy", "myopathy", "g.html#term-myopathy", "a muscle disease", "use-myopathy");

    private static String link(ULocale locale, String html, GlossaryLinker.Term... terms) {
        return new GlossaryLinker(locale).link(new HtmlFragment(html), List.of(terms)).html();
    }

    @Test
    void firstUseIsLinkedCaseInsensitivelyAndOnlyOnce() {
        assertEquals("<p>A <a class=\"term\" href=\"g.html#term-myopathy\" title=\"a muscle disease\" id=\"use-myopathy\">Myopathy</a> is a myopathy.</p>",
                link(ULocale.ENGLISH, "<p>A Myopathy is a myopathy.</p>", MYOPATHY));
    }

    @Test
    void wordsInsideOtherWordsAreNotMatched() {
        assertEquals("<p>inflammatory myopathies</p>", link(ULocale.ENGLISH, "<p>inflammatory myopathies</p>", MYOPATHY));
    }

    @Test
    void headingsAndLinksAreLeftAlone() {
        assertEquals("<h2>myopathy</h2><p><a href=\"x\">myopathy</a> then <a class=\"term\" href=\"g.html#term-myopathy\" title=\"a muscle disease\" id=\"use-myopathy\">myopathy</a></p>",
                link(ULocale.ENGLISH, "<h2>myopathy</h2><p><a href=\"x\">myopathy</a> then myopathy</p>", MYOPATHY));
    }

    @Test
    void chineseTermsAreFoundWithoutSpaces() {
        GlossaryLinker.Term myositis = new GlossaryLinker.Term("myositis", "肌炎", "g.html#term-myositis", "炎症性肌肉疾病", "use-myositis");
        assertEquals("<p>这是<a class=\"term\" href=\"g.html#term-myositis\" title=\"炎症性肌肉疾病\" id=\"use-myositis\">肌炎</a>的一种。</p>",
                link(ULocale.forLanguageTag("zh-Hans"), "<p>这是肌炎的一种。</p>", myositis));
    }

    @Test
    void hyphenAndSpaceAreTheSameForMatching() {
        GlossaryLinker.Term msa = new GlossaryLinker.Term("msa", "myositis-specific autoantibodies", "g.html#term-msa", "d", "use-msa");
        assertEquals("<p><a class=\"term\" href=\"g.html#term-msa\" title=\"d\" id=\"use-msa\">Myositis specific autoantibodies</a> (MSAs)</p>",
                link(ULocale.ENGLISH, "<p>Myositis specific autoantibodies (MSAs)</p>", msa));
    }
}
