using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>
/// A TCP forwarder on a loopback port to a real server (the test PostgreSQL), which a test closes to make that server
/// unreachable (listener stopped, every open connection reset) and opens again on the same port.
/// </summary>
public sealed class TcpProxy : IDisposable
{
    private readonly DnsEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;

    public TcpProxy(string targetHost, int targetPort)
    {
        _target = new DnsEndPoint(targetHost, targetPort);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public void Open()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    public void Close()
    {
        _stop?.Cancel();
        _listener?.Stop();
        _listener = null;
        foreach (var connection in _connections.Keys)
        {
            // Reset, as a dead server or network does; a pump may have closed this one already.
            if (connection.Client is { } socket)
            {
                try
                {
                    socket.LingerState = new LingerOption(true, 0);
                }
                catch (ObjectDisposedException)
                {
                }
            }

            connection.Dispose();
        }

        _connections.Clear();
    }

    public void Dispose()
    {
        Close();
        _stop?.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            _connections[client] = 0;
            _connections[server] = 0;
            try
            {
                await server.ConnectAsync(_target.Host, _target.Port, ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                client.Dispose();
                server.Dispose();
                continue;
            }

            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // The other side or Close() ended the connection.
        }

        from.Dispose();
        to.Dispose();
        _connections.TryRemove(from, out _);
        _connections.TryRemove(to, out _);
    }
}
