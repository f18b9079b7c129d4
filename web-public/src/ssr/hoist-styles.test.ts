import { hoistStyles } from './hoist-styles';

describe('hoistStyles', () => {
  it('takes the style elements out of the markup and keeps their rules in order, each once', () => {
    const markup =
      '<style data-emotion="css a1">.css-a1{color:red}</style><p class="css-a1">un</p>' +
      '<div><style data-emotion="css b2 c3">.css-b2{margin:0}.css-c3{padding:0}</style><span class="css-b2">deux</span></div>' +
      '<style data-emotion="css a1">.css-a1{color:red}</style><p class="css-a1">trois</p>';
    expect(hoistStyles(markup)).toEqual({
      html: '<p class="css-a1">un</p><div><span class="css-b2">deux</span></div><p class="css-a1">trois</p>',
      css: '.css-a1{color:red}.css-b2{margin:0}.css-c3{padding:0}',
    });
  });

  it('leaves markup without style elements as it is', () => {
    expect(hoistStyles('<h1>Sérénaia</h1><style>not emotion</style>')).toEqual({
      html: '<h1>Sérénaia</h1><style>not emotion</style>',
      css: '',
    });
  });
});
