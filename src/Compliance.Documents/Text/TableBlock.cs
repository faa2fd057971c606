using Compliance.Documents.Catalogue;

namespace Compliance.Documents.Text;

/// <summary>A standard table found in the text: its catalogue entry, title line, unit and body lines.</summary>
internal sealed record TableBlock(StandardTable Definition, SourceLine Title, string? Unit, IReadOnlyList<SourceLine> Body, bool StatedEmpty);
