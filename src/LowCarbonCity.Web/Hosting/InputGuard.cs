using System.Net;
using System.Text;
using System.Text.Json;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// The one place where request input is checked for characters no field may hold: the C0 control characters
/// (U+0000 to U+001F) other than tab, line feed and carriage return, and UTF-16 surrogates that are not part of a
/// pair. PostgreSQL refuses a NUL in text (error 22021) and SQLite would store it, so such a request is refused
/// before anything reads it: the path, every query-string value, every form field and uploaded file name, and
/// every string (and property name) of a JSON body. The API answers 400 ValidationProblem keyed by the field (the
/// query or form key, or the JSON path such as <c>lines[2].description</c>); pages answer 400 with a short page in
/// the reader's language naming the field by its label. The refusal is a client error: one warning line, no trace.
/// </summary>
public sealed class InputGuard(RequestDelegate next, ILogger<InputGuard> logger)
{
    /// <summary>The field key used when the request path itself holds the character.</summary>
    public const string PathField = "path";

    public const string ApiMessage =
        "The value contains a control character (U+0000 to U+001F other than tab, line feed and carriage return) or an unpaired UTF-16 surrogate; such characters cannot be stored.";

    /// <summary>The rule: true when <paramref name="text"/> holds a character no field may hold.</summary>
    public static bool IsRefused(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var field = await FindRefusedFieldAsync(context);
        if (field is null)
        {
            await next(context);
            return;
        }

        logger.LogWarning("Refused {Method} {Path}: field {Field} holds a control character or an unpaired surrogate",
            context.Request.Method, Sanitised(context.Request.Path.Value), Sanitised(field));
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [ApiMessage] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "One or more fields are not valid.",
                },
            });
            return;
        }

        await WritePageAsync(context, field);
    }

    private static async Task<string?> FindRefusedFieldAsync(HttpContext context)
    {
        var request = context.Request;
        if (IsRefused(request.Path.Value))
        {
            return PathField;
        }

        foreach (var (key, values) in request.Query)
        {
            if (IsRefused(key) || values.Any(v => IsRefused(v)))
            {
                return Sanitised(key);
            }
        }

        if (request.HasFormContentType)
        {
            return await FindInFormAsync(context);
        }

        if (request.HasJsonContentType())
        {
            return await FindInJsonAsync(request);
        }

        return null;
    }

    private static async Task<string?> FindInFormAsync(HttpContext context)
    {
        var request = context.Request;
        var urlEncoded = request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        if (urlEncoded)
        {
            request.EnableBuffering();
        }

        IFormCollection form;
        try
        {
            form = await ReadFormWithEndpointLimitsAsync(context);
        }
        catch (InvalidDataException) when (urlEncoded)
        {
            // The framework's form reader refuses an encoded NUL without saying where; the raw body says.
            return await FindEncodedNulAsync(request);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            // Too large or malformed: whatever reads the form next gets the same error and answers it as it always has.
            return null;
        }

        foreach (var (key, values) in form)
        {
            if (IsRefused(key) || values.Any(v => IsRefused(v)))
            {
                return Sanitised(key);
            }
        }

        return form.Files.FirstOrDefault(f => IsRefused(f.Name) || IsRefused(f.FileName)) is { } file ? Sanitised(file.Name) : null;
    }

    private static async Task<string?> FindEncodedNulAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, Encoding.ASCII, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        foreach (var pair in body.Split('&'))
        {
            if (pair.Contains("%00", StringComparison.Ordinal))
            {
                return Sanitised(WebUtility.UrlDecode(pair.Split('=', 2)[0]));
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the form as the endpoint would: with its declared body size and form limits (<c>[RequestSizeLimit]</c>,
    /// <c>[RequestFormLimits]</c>), which the framework applies only when the form has not been read yet.
    /// </summary>
    private static Task<IFormCollection> ReadFormWithEndpointLimitsAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<IRequestSizeLimitMetadata>() is { } size && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = size.MaxRequestBodySize;
        }

        if (metadata?.GetMetadata<IFormOptionsMetadata>() is { } limits)
        {
            var defaults = context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions
            {
                BufferBody = limits.BufferBody ?? defaults.BufferBody,
                MemoryBufferThreshold = limits.MemoryBufferThreshold ?? defaults.MemoryBufferThreshold,
                BufferBodyLengthLimit = limits.BufferBodyLengthLimit ?? defaults.BufferBodyLengthLimit,
                ValueCountLimit = limits.ValueCountLimit ?? defaults.ValueCountLimit,
                KeyLengthLimit = limits.KeyLengthLimit ?? defaults.KeyLengthLimit,
                ValueLengthLimit = limits.ValueLengthLimit ?? defaults.ValueLengthLimit,
                MultipartBoundaryLengthLimit = limits.MultipartBoundaryLengthLimit ?? defaults.MultipartBoundaryLengthLimit,
                MultipartHeadersCountLimit = limits.MultipartHeadersCountLimit ?? defaults.MultipartHeadersCountLimit,
                MultipartHeadersLengthLimit = limits.MultipartHeadersLengthLimit ?? defaults.MultipartHeadersLengthLimit,
                MultipartBodyLengthLimit = limits.MultipartBodyLengthLimit ?? defaults.MultipartBodyLengthLimit,
            }));
        }

        return context.Request.ReadFormAsync(context.RequestAborted);
    }

    private static async Task<string?> FindInJsonAsync(HttpRequest request)
    {
        request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return FindInJson(document.RootElement, string.Empty);
        }
        catch (JsonException)
        {
            // Not JSON: the endpoint's own reader answers 400 naming where it broke.
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static string? FindInJson(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Refused(element) ? Field(path) : null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindInJson(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return Field(path);
                    }

                    var childPath = path.Length == 0 ? name : $"{path}.{name}";
                    if (IsRefused(name))
                    {
                        return Field(path.Length == 0 ? Sanitised(name) : $"{path}.{Sanitised(name)}");
                    }

                    if (FindInJson(property.Value, childPath) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Undefined:
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
            case JsonValueKind.Null:
            default:
                return null;
        }

        static string Field(string path) => path.Length == 0 ? "body" : path;
    }

    private static bool Refused(JsonElement text)
    {
        try
        {
            return IsRefused(text.GetString());
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json will not turn an escaped lone surrogate ("\uD800") into a string.
            return true;
        }
    }

    /// <summary>The key as it may be shown and logged: each refused character written as <c>\uXXXX</c>.</summary>
    private static string Sanitised(string? key)
    {
        if (key is null || !IsRefused(key))
        {
            return key ?? string.Empty;
        }

        var builder = new StringBuilder(key.Length + 8);
        foreach (var c in key)
        {
            builder.Append(c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    private static async Task WritePageAsync(HttpContext context, string field)
    {
        var t = Texts.Instance;
        var message = field == PathField ? t["Input_RejectedAddress"].Value
            : FieldLabel(context, field) is { } label ? t["Input_RejectedField", label].Value
            : t["Input_RejectedUnnamed"].Value;
        await ShortPage.WriteAsync(context.Response, t["Input_RejectedTitle"].Value, "input-refused", message, "/", context.RequestAborted, dataField: field);
    }

    /// <summary>
    /// The label a person saw for a form field (<c>Input.Name</c>): the display name of the bound property on the
    /// page's model, in the request's language, else the property name's own text; null when neither is known.
    /// </summary>
    private static string? FieldLabel(HttpContext context, string field)
    {
        var page = context.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>();
        var segments = field.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('[', 2)[0]).ToArray();
        if (segments.Length == 0)
        {
            return null;
        }

        var provider = context.RequestServices.GetRequiredService<IModelMetadataProvider>();
        ModelMetadata? metadata = page is null ? null : provider.GetMetadataForType(page.ModelTypeInfo?.AsType() ?? page.HandlerTypeInfo.AsType());
        foreach (var segment in segments)
        {
            var container = metadata?.ElementMetadata ?? metadata;
            metadata = container?.Properties.FirstOrDefault(p => string.Equals(p.PropertyName, segment, StringComparison.OrdinalIgnoreCase));
        }

        if (metadata?.DisplayName is { Length: > 0 } display)
        {
            return display;
        }

        var own = Texts.Instance[segments[^1]];
        return own.ResourceNotFound ? null : own.Value;
    }
}
