using System.Globalization;
using System.Runtime.InteropServices;

namespace LowCarbonCity.PdfLayout;

/// <summary>
/// ICU's break iterator (<c>ubrk_*</c> in libicuuc) called through function pointers. ICU symbols carry the
/// library's major version (<c>ubrk_open_72</c> on Debian 12), which differs per distribution, so the library and
/// the suffix are found at run time by scanning the usual library folders for <c>libicuuc.so.NN</c>.
/// </summary>
internal sealed class IcuBreakIterator
{
    private const int UBRK_DONE = -1;
    private const string Prefix = "libicuuc.so.";

    private static readonly string[] LibraryDirectories =
    [
        "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
        "/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib",
    ];

    private static readonly Lazy<IcuBreakIterator?> SharedInstance = new(TryLoad);

    private readonly UbrkOpen _open;
    private readonly UbrkFirst _first;
    private readonly UbrkNext _next;
    private readonly UbrkClose _close;

    private IcuBreakIterator(string library, int version, UbrkOpen open, UbrkFirst first, UbrkNext next, UbrkClose close)
    {
        Library = library;
        Version = version;
        _open = open;
        _first = first;
        _next = next;
        _close = close;
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr UbrkOpen(int type, IntPtr locale, IntPtr text, int textLength, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int UbrkFirst(IntPtr iterator);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int UbrkNext(IntPtr iterator);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void UbrkClose(IntPtr iterator);

    /// <summary>The loaded ICU, or null when none was found on this machine.</summary>
    public static IcuBreakIterator? Shared => SharedInstance.Value;

    /// <summary>Path of the libicuuc that was loaded.</summary>
    public string Library { get; }

    /// <summary>ICU major version (the symbol suffix).</summary>
    public int Version { get; }

    /// <summary>Boundaries (UTF-16 offsets, including 0 and the length) of <paramref name="text"/>.</summary>
    public IReadOnlyList<int> Boundaries(string text, BreakKind kind, string locale)
    {
        var result = new List<int>();
        if (text.Length == 0)
        {
            result.Add(0);
            return result;
        }

        // ICU keeps a pointer to the text while iterating, so it gets an unmanaged copy that cannot move.
        var textPtr = Marshal.StringToHGlobalUni(text);
        var localePtr = Marshal.StringToHGlobalAnsi(locale);
        try
        {
            var status = 0;
            var iterator = _open(kind == BreakKind.Word ? 1 : 2, localePtr, textPtr, text.Length, ref status);
            if (status > 0 || iterator == IntPtr.Zero)
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"ubrk_open failed with ICU status {status}."));
            }

            try
            {
                for (var b = _first(iterator); b != UBRK_DONE; b = _next(iterator))
                {
                    result.Add(b);
                }
            }
            finally
            {
                _close(iterator);
            }
        }
        finally
        {
            Marshal.FreeHGlobal(textPtr);
            Marshal.FreeHGlobal(localePtr);
        }

        return result;
    }

    /// <summary>Finds and loads the newest libicuuc.so.NN, or returns null.</summary>
    internal static IcuBreakIterator? TryLoad()
    {
        foreach (var (path, version) in FindLibraries())
        {
            if (!NativeLibrary.TryLoad(path, out var handle))
            {
                continue;
            }

            // Most builds suffix the symbols with the major version; a few (built with --disable-renaming) do not.
            foreach (var suffix in new[] { "_" + version.ToString(CultureInfo.InvariantCulture), string.Empty })
            {
                if (NativeLibrary.TryGetExport(handle, "ubrk_open" + suffix, out var open)
                    && NativeLibrary.TryGetExport(handle, "ubrk_first" + suffix, out var first)
                    && NativeLibrary.TryGetExport(handle, "ubrk_next" + suffix, out var next)
                    && NativeLibrary.TryGetExport(handle, "ubrk_close" + suffix, out var close))
                {
                    return new IcuBreakIterator(
                        path,
                        version,
                        Marshal.GetDelegateForFunctionPointer<UbrkOpen>(open),
                        Marshal.GetDelegateForFunctionPointer<UbrkFirst>(first),
                        Marshal.GetDelegateForFunctionPointer<UbrkNext>(next),
                        Marshal.GetDelegateForFunctionPointer<UbrkClose>(close));
                }
            }
        }

        return null;
    }

    private static IEnumerable<(string Path, int Version)> FindLibraries()
    {
        var found = new List<(string Path, int Version)>();
        foreach (var directory in LibraryDirectories.Where(Directory.Exists))
        {
            foreach (var path in Directory.EnumerateFiles(directory, Prefix + "*"))
            {
                // libicuuc.so.72 (the soname) or libicuuc.so.72.1: the major version is the first number.
                // (The enumeration pattern also matches plain libicuuc.so, which says nothing about the version.)
                var name = Path.GetFileName(path);
                if (!name.StartsWith(Prefix, StringComparison.Ordinal) || name.Length == Prefix.Length)
                {
                    continue;
                }

                var rest = name[Prefix.Length..];
                var major = rest.Split('.')[0];
                if (int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                {
                    found.Add((path, version));
                }
            }
        }

        return found.OrderByDescending(f => f.Version).ThenBy(f => f.Path.Length);
    }
}

/// <summary>Which ICU break iterator to use.</summary>
public enum BreakKind
{
    /// <summary>Word boundaries (<c>UBRK_WORD</c>): Thai words from ICU's dictionary, spaces and punctuation on their own.</summary>
    Word,

    /// <summary>Line-break opportunities (<c>UBRK_LINE</c>): where a line may end, by UAX #14 and the Thai dictionary.</summary>
    Line,
}
