using LowCarbonCity.Web.Features.Users;
using Microsoft.Extensions.Logging;

namespace LowCarbonCity.Web.Tests.Accounts;

public sealed class InviteSenderTests
{
    private sealed class RecordingLogger : ILogger<LoggingInviteSender>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Lines.Add(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                Lines.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }
        }
    }

    [Fact]
    public async Task SendAsync_LoggingSender_LogsTheInvitationButNeverTheTokenOrTheAddress()
    {
        var logger = new RecordingLogger();
        var id = Guid.NewGuid();

        await new LoggingInviteSender(logger).SendAsync(id, "someone@test.local", "SECRET-TOKEN-123", DateTimeOffset.UnixEpoch, CancellationToken.None);

        logger.Lines.Should().Contain(l => l.Contains(id.ToString(), StringComparison.Ordinal));
        logger.Lines.Should().NotContain(l => l.Contains("SECRET-TOKEN-123", StringComparison.Ordinal) || l.Contains("someone@test.local", StringComparison.Ordinal));
    }
}
