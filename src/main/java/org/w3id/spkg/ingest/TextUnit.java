package org.w3id.spkg.ingest;

/**
 * A sentence of a block, or a bold-led item's title: the unit rules read.
 *
 * @param block the block it belongs to
 * @param text the text, mapped to the source
 * @param isTitle whether it is the title of a bold-led item
 * @param index its position among the units of its block, from 0 (the title, if any, is 0)
 */
record TextUnit(ParsedDocument.Block block, PlainText text, boolean isTitle, int index) {

  /** The first sentence of the block's body. */
  boolean isFirstOfBody() {
    return !isTitle && index == (block.isBoldLed() ? 1 : 0);
  }
}
