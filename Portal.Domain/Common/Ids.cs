using System.Security.Cryptography;

namespace Portal.Domain.Common;

/// <summary>
/// Ids and concurrency versions of every entity of the domain: ids are time-ordered (UUID v7, laid out as
/// <see cref="Guid.CreateVersion7()"/> lays them out), versions are random (UUID v4, as
/// <see cref="Guid.NewGuid"/>). Both take their random bits from a per-thread buffer that the system's
/// cryptographic generator fills 256 ids at a time: an import of 100,000 rows makes some 300,000 of them,
/// and <see cref="Guid.NewGuid"/> asks the kernel for each one (a system call, about a microsecond).
/// </summary>
internal static class Ids
{
    private const int GuidBytes = 16;
    private const int BufferBytes = 256 * GuidBytes;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_used;

    /// <summary>A UUID v7: milliseconds since 1970 in the first 48 bits, so new rows sort after older ones.</summary>
    public static Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[GuidBytes];
        TakeRandom(bytes);
        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        return Versioned(bytes, 0x70);
    }

    /// <summary>A random UUID v4, for a concurrency token.</summary>
    public static Guid NewVersion()
    {
        Span<byte> bytes = stackalloc byte[GuidBytes];
        TakeRandom(bytes);
        return Versioned(bytes, 0x40);
    }

    /// <summary>RFC 9562 layout: the version in the high nibble of byte 6, the variant (10xx) in byte 8.</summary>
    private static Guid Versioned(Span<byte> bytes, byte version)
    {
        bytes[6] = (byte)((bytes[6] & 0x0F) | version);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static void TakeRandom(Span<byte> destination)
    {
        var random = t_random;
        if (random is null)
        {
            random = t_random = new byte[BufferBytes];
            t_used = BufferBytes;
        }

        if (t_used + destination.Length > BufferBytes)
        {
            RandomNumberGenerator.Fill(random);
            t_used = 0;
        }

        random.AsSpan(t_used, destination.Length).CopyTo(destination);
        t_used += destination.Length;
    }
}
