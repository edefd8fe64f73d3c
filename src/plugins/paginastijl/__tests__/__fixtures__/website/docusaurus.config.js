// A site under a sub-path: just enough for loadContext.
module.exports = {title: 'Testsite', url: 'https://test.example', baseUrl: '/kb/'};
