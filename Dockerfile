# Builds the LowCarbonCity app image (framework-dependent, Linux x64).
# Build:  docker build -t lowcarboncity .
# Run:    see docker-compose.yml (the app with PostgreSQL 16).
# Both images pinned to Ubuntu 24.04 "noble" (.NET 10 ships no Debian images), so the ICU package below exists.
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig LowCarbonCity.sln ./
COPY .config/ .config/
COPY src/LowCarbonCity.Domain/*.csproj src/LowCarbonCity.Domain/packages.lock.json src/LowCarbonCity.Domain/BannedSymbols.txt src/LowCarbonCity.Domain/
COPY src/LowCarbonCity.PdfLayout/*.csproj src/LowCarbonCity.PdfLayout/packages.lock.json src/LowCarbonCity.PdfLayout/
COPY src/LowCarbonCity.Web/*.csproj src/LowCarbonCity.Web/packages.lock.json src/LowCarbonCity.Web/
RUN dotnet restore src/LowCarbonCity.Web/LowCarbonCity.Web.csproj --locked-mode
COPY src/ src/
RUN dotnet publish src/LowCarbonCity.Web/LowCarbonCity.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
WORKDIR /app
# ICU for Thai culture (Buddhist calendar, number formats) and its word breaker (the app refuses to start without it),
# in noble's package name; fontconfig for SkiaSharp's native library.
RUN apt-get update && apt-get install -y --no-install-recommends libicu74 libfontconfig1 curl \
    && rm -rf /var/lib/apt/lists/*
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
COPY --from=build /app .
RUN useradd --system --uid 10001 lcc && mkdir -p /app/data /app/logs && chown -R lcc /app/data /app/logs
USER lcc
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD curl -fs http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "LowCarbonCity.Web.dll"]
