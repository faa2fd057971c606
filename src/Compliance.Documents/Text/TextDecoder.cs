using System.Text;

namespace Compliance.Documents.Text;

/// <summary>Turns the bytes of a text file into a string, telling UTF-8 from GB18030 and text from binary.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool TryDecode(ReadOnlySpan<byte> content, out string text)
    {
        text = "";
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        if (LooksBinary(content))
        {
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: GB18030 (a superset of GBK) is what Chinese Windows tools write.
        }

        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            text = gb.GetString(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                control++;
            }
        }

        return sample.Length > 0 && control * 20 > sample.Length;
    }
}
