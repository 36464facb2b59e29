namespace AiDocTools.Articles
{
    /// <summary>What part a block of text plays in the document it was read from.</summary>
    public enum BlockKind
    {
        /// <summary>A line of plain text, whose role the cleaner decides.</summary>
        Line,
        Heading,
        Paragraph,
        ListItem,
        Quote,
    }

    /// <summary>A block of a document before cleaning: a line of a text file, or a block of Markdown or HTML.</summary>
    public sealed class DocumentBlock
    {
        public DocumentBlock(string text, BlockKind kind)
        {
            Text = text;
            Kind = kind;
        }

        public string Text { get; }

        public BlockKind Kind { get; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Text);

        public override string ToString() => Text;
    }
}
