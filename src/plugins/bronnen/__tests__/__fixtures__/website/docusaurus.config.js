// Just enough site for loadContext: the test creates the plugin itself.
module.exports = {title: 'Testsite', url: 'https://test.example', baseUrl: '/'};
