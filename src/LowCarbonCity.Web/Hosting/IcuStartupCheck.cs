using System.Globalization;
using LowCarbonCity.PdfLayout;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// The app does not start without ICU: Thai has no spaces between words, and without ICU's dictionary word breaker
/// every PDF would wrap Thai lines mid-word, and without ICU's culture data Thai dates and numbers would fall back to
/// invariant ones. A missing library is a deployment fault to fix (the distribution's ICU package), not something
/// to run degraded with.
/// </summary>
public static class IcuStartupCheck
{
    public static void Ensure(WordBreaker breaker)
    {
        ArgumentNullException.ThrowIfNull(breaker);
        if (CultureInfo.GetCultureInfo("th-TH").Calendar is not ThaiBuddhistCalendar && CultureInfo.GetCultureInfo("th-TH").DateTimeFormat.Calendar is not ThaiBuddhistCalendar)
        {
            throw new InvalidOperationException(
                "ICU culture data is not available (globalization-invariant mode?): Thai dates and numbers cannot be shown. "
                + "Set DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false and install the distribution's ICU package.");
        }

        if (!breaker.UsesIcu)
        {
            throw new InvalidOperationException(
                "ICU's word breaker (libicuuc.so.NN) was not found: Thai text in reports would break mid-word. Install the "
                + "distribution's ICU package (libicu72 on Debian 12, libicu74 on Ubuntu 24.04) and start again.");
        }
    }
}
