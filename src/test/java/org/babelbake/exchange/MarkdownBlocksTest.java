package org.babelbake.exchange;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownBlocksTest {
    private static final String BODY = """
            ## Treatment options

            Most people need *two* drugs; see [the causes](#causes)
            and the [MDA page][mda-trials].

            - steroids, at first
              for a few weeks
            - 1. not a nested list

            | Drug | Use |
            |------|-----|
            | IVIG | when \\| steroids fail |

            ```
            code stays out
            ```
            """;

    @Test
    void paragraphsHeadingsListItemsAndTableCellsAreUnitsAndCodeIsNot() {
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.of(BODY);
        assertEquals(List.of("Treatment options",
                "Most people need *two* drugs; see [the causes](#causes)\nand the [MDA page][mda-trials].",
                "steroids, at first\n  for a few weeks", "1. not a nested list", "Drug", "Use", "IVIG", "when \\| steroids fail"),
                blocks.stream().map(MarkdownBlocks.Block::text).toList());
        assertEquals(List.of(1, 3, 6, 8, 10, 10, 12, 12), blocks.stream().map(MarkdownBlocks.Block::line).toList());
        assertEquals(MarkdownBlocks.Kind.LIST_ITEM, blocks.get(2).kind());
        assertEquals(MarkdownBlocks.Kind.TABLE_CELL, blocks.get(7).kind());
    }

    @Test
    void translationsGoBackInPlaceAndTheMarkdownAroundThemStays() {
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.of(BODY);
        List<String> same = blocks.stream().map(MarkdownBlocks.Block::text).toList();
        assertEquals(BODY, MarkdownBlocks.replace(BODY, blocks, same));
        List<String> translated = List.of("Tratamento", "Texto", "corticoides", "item", "Fármaco", "Uso", "IGIV", "quando falham");
        String result = MarkdownBlocks.replace(BODY, blocks, translated);
        assertEquals(BODY.replace("Treatment options", "Tratamento")
                .replace("Most people need *two* drugs; see [the causes](#causes)\nand the [MDA page][mda-trials].", "Texto")
                .replace("steroids, at first\n  for a few weeks", "corticoides").replace("1. not a nested list", "item")
                .replace("| Drug | Use |", "| Fármaco | Uso |").replace("| IVIG | when \\| steroids fail |", "| IGIV | quando falham |"), result);
    }
}
