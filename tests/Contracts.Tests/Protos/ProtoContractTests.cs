using System.Text.RegularExpressions;
using CxPlatform.Contracts.Tests.Support;
using Google.Protobuf.Reflection;

namespace CxPlatform.Contracts.Tests.Protos;

public sealed partial class ProtoContractTests
{
    public static TheoryData<string, string> ArchitectureRpcs => new()
    {
        { "cxplatform.careoutreach.v1.CareOutreach", "ResolveCustomer" },
        { "cxplatform.careoutreach.v1.CareOutreach", "GetCustomerProfile" },
        { "cxplatform.careoutreach.v1.CareOutreach", "GetContactPolicy" },
        { "cxplatform.ticketing.v1.Ticketing", "GetTicket" },
        { "cxplatform.ticketing.v1.Ticketing", "ListCustomerTickets" },
        { "cxplatform.ticketing.v1.Ticketing", "CountOpenTickets" },
        { "cxplatform.insights.v1.Insights", "GetCustomerContext" },
        { "cxplatform.insights.v1.Insights", "GetMetrics" },
    };

    [Theory]
    [MemberData(nameof(ArchitectureRpcs))]
    public void Every_rpc_named_by_the_architecture_exists(string service, string rpc)
    {
        var descriptor = ProtoCatalogue.Services.SingleOrDefault(candidate => candidate.FullName == service);
        Assert.True(descriptor is not null, $"No service {service}.");
        var method = descriptor.FindMethodByName(rpc);
        Assert.True(method is not null, $"{service} has no rpc {rpc}.");
        Assert.False(method.IsClientStreaming || method.IsServerStreaming, $"{service}.{rpc} should be unary: callers put a deadline on one answer.");
    }

    [Theory]
    [InlineData(typeof(Grpc.CareOutreach.CareOutreach.CareOutreachClient), "ResolveCustomerAsync")]
    [InlineData(typeof(Grpc.Ticketing.Ticketing.TicketingClient), "ListCustomerTicketsAsync")]
    [InlineData(typeof(Grpc.Insights.Insights.InsightsClient), "GetMetricsAsync")]
    [InlineData(typeof(Grpc.CareOutreach.CareOutreach.CareOutreachBase), "GetContactPolicy")]
    [InlineData(typeof(Grpc.Ticketing.Ticketing.TicketingBase), "CountOpenTickets")]
    [InlineData(typeof(Grpc.Insights.Insights.InsightsBase), "GetCustomerContext")]
    public void The_protos_compile_to_clients_and_server_bases(Type generated, string method)
    {
        Assert.Contains(generated.GetMethods(), candidate => candidate.Name == method);
    }

    [Theory]
    [MemberData(nameof(ProtoCatalogue.FileNames), MemberType = typeof(ProtoCatalogue))]
    public void Every_proto_has_a_versioned_package_and_a_contracts_grpc_namespace(string fileName)
    {
        var file = ProtoCatalogue.File(fileName);

        Assert.Matches(VersionedPackage(), file.Package);
        Assert.StartsWith("CxPlatform.Contracts.Grpc.", file.GetOptions().CsharpNamespace, StringComparison.Ordinal);
        Assert.Equal("proto3", file.ToProto().Syntax);
    }

    [Fact]
    public void No_request_carries_the_tenant_because_it_travels_in_the_callers_token()
    {
        var requests = ProtoCatalogue.Services.SelectMany(service => service.Methods).Select(method => method.InputType).Distinct();

        var tenantFields = requests.SelectMany(request => FieldsWithin(request, [])).Where(field => field.Name.Contains("tenant", StringComparison.OrdinalIgnoreCase));

        Assert.Empty(tenantFields.Select(field => field.FullName));
    }

    [Fact]
    public void Every_list_rpc_is_paged_with_a_page_size_and_an_opaque_token()
    {
        var listMethods = ProtoCatalogue.Services.SelectMany(service => service.Methods).Where(method => method.Name.StartsWith("List", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(listMethods);
        Assert.All(listMethods, method =>
        {
            Assert.Equal(FieldType.Int32, method.InputType.FindFieldByName("page_size")?.FieldType);
            Assert.Equal(FieldType.String, method.InputType.FindFieldByName("page_token")?.FieldType);
            Assert.Equal(FieldType.String, method.OutputType.FindFieldByName("next_page_token")?.FieldType);
        });
    }

    [Fact]
    public void The_contracts_assembly_ships_protos_without_generating_code_from_them()
    {
        var references = EventCatalogue.Assembly.GetReferencedAssemblies().Select(reference => reference.Name);
        var grpcTypes = EventCatalogue.Assembly.GetTypes().Where(type => type.Namespace?.StartsWith("CxPlatform.Contracts.Grpc", StringComparison.Ordinal) == true);

        Assert.DoesNotContain(references, name => name!.StartsWith("Google.Protobuf", StringComparison.Ordinal) || name.StartsWith("Grpc", StringComparison.Ordinal));
        Assert.Empty(grpcTypes);
        Assert.Equal(3, ProtoCatalogue.Files.Count);
    }

    private static IEnumerable<FieldDescriptor> FieldsWithin(MessageDescriptor message, HashSet<string> visited)
    {
        if (!visited.Add(message.FullName) || message.File.Package.StartsWith("google.", StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (var field in message.Fields.InFieldNumberOrder())
        {
            yield return field;
            if (field.FieldType == FieldType.Message)
            {
                foreach (var nested in FieldsWithin(field.MessageType, visited))
                {
                    yield return nested;
                }
            }
        }
    }

    [GeneratedRegex(@"^cxplatform\.[a-z]+\.v[1-9][0-9]*$")]
    private static partial Regex VersionedPackage();
}
