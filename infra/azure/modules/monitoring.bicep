// Log Analytics (the container logs) and a workspace-based Application Insights (the host's OpenTelemetry).
param location string
param logsName string
param insightsName string
param tags object

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logsName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: insightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: false
  }
}

output logsCustomerId string = logs.properties.customerId
output insightsConnectionString string = insights.properties.ConnectionString
output insightsAppId string = insights.properties.AppId
