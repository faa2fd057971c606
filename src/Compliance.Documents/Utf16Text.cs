using System.Text;

namespace Compliance.Documents;

/// <summary>
/// Recognises UTF-16 text ("Unicode" in Windows Notepad and Excel's "Unicode text" export), which the
/// UTF-8 / GB18030 decoder would take for binary because every ASCII character carries a zero byte.
/// </summary>
internal static class Utf16Text
{
    public static bool TryDecode(ReadOnlySpan<byte> content, out string text)
    {
        text = "";
        bool bigEndian;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bigEndian = false;
            content = content[2..];
        }
        else if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bigEndian = true;
            content = content[2..];
        }
        else if (ZerosOnOneSide(content) is { } side)
        {
            bigEndian = side;
        }
        else
        {
            return false;
        }

        if (content.Length % 2 != 0)
        {
            return false;
        }

        try
        {
            text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        // Decoded text with control characters other than layout ones is binary after all.
        return !text.AsSpan(0, Math.Min(text.Length, 4096)).ContainsAnyInRange('\u0000', '\u0008');
    }

    /// <summary>
    /// Without a byte-order mark: UTF-16 of text with ASCII digits and separators has zero bytes, nearly all on the
    /// odd (little-endian) or nearly all on the even (big-endian) positions. Null when the sample does not look so.
    /// </summary>
    private static bool? ZerosOnOneSide(ReadOnlySpan<byte> content)
    {
        var sample = content[..(Math.Min(content.Length, 8192) & ~1)];
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }
        }

        var enough = Math.Max(8, sample.Length / 64);
        // CJK code points such as U+4E00 put a zero byte on the other side now and then; ASCII puts many on one side.
        return odd > enough && odd > 10 * even ? false : even > enough && even > 10 * odd ? true : null;
    }
}
